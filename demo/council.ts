// The demo council page's cookie banner goes when accepted, as a real one would.
document.querySelector('.cookie-accept')?.addEventListener('click', () => {
  document.querySelector('.cookie-banner')?.remove();
});
