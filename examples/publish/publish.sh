#!/bin/sh
# Nightly feed publishing for a partnership: import the directory, apply the review sheet,
# validate, write the reports, and publish the feed, only if all of that went well.
#
# On any failure it exits non-zero with the reason on stderr (cron mails it to MAILTO; a CI job
# fails) and leaves the feed that is already published exactly as it was.
#
#   SOURCE=services.csv PUBLISH_DIR=/var/www/feed sh publish.sh
#   SOURCE=https://directory.example.gov.uk/api PUBLISH_DIR=/var/www/feed sh publish.sh
#
# Settings (environment variables):
#   SOURCE        required: a spreadsheet (.csv) or an Open Referral / HSDS file, folder or web address
#   PUBLISH_DIR   required: the folder your web server serves the feed from
#   BASE          for a spreadsheet: the partnership's base file (default base.json)
#   MAPPING       for Open Referral: the mapping file (default mapping.json, if it exists)
#   REVIEW        the review sheet (default review.csv, if it exists): passed to the importer as
#                 --review, which needs a support-finder-feed that has that option
#   LOG_DIR       where each run's reports go (default ./feed-logs)
#   MIN_SERVICES  fewer services than this fails the run (default 1)
#   MAX_DROP      fail if the new feed has this many percent fewer services than the published one (default 50)
#   SUPPORT_FINDER_FEED  the tool (default: npx --no-install support-finder-feed)
set -eu

: "${SOURCE:?set SOURCE to the spreadsheet or Open Referral export to import}"
: "${PUBLISH_DIR:?set PUBLISH_DIR to the folder the feed is served from}"
BASE="${BASE:-base.json}"
MAPPING="${MAPPING:-mapping.json}"
REVIEW="${REVIEW:-review.csv}"
LOG_DIR="${LOG_DIR:-feed-logs}"
MIN_SERVICES="${MIN_SERVICES:-1}"
MAX_DROP="${MAX_DROP:-50}"
TOOL="${SUPPORT_FINDER_FEED:-npx --no-install support-finder-feed}"

RUN="$LOG_DIR/$(date -u +%Y-%m-%dT%H%M%SZ)"
mkdir -p "$RUN" "$PUBLISH_DIR"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/support-finder-feed.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

fail() {
  echo "FEED NOT PUBLISHED: $*" >&2
  if [ -f "$PUBLISH_DIR/feed.json" ]; then
    echo "The last good feed is still published, unchanged: $PUBLISH_DIR/feed.json" >&2
  fi
  echo "This run's reports: $RUN" >&2
  exit 1
}

# Several words in TOOL are one command and its first arguments (npx …).
# shellcheck disable=SC2086
tool() { $TOOL "$@"; }

# An import that keeps no service stops with its own reason and what to do; say that first.
import_failed() {
  kept_none=$(grep -m1 '^No service was kept' "$RUN/import.txt" || true)
  [ -z "$kept_none" ] || fail "the new feed has 0 services. $kept_none"
  fail "$1"
}

# 1. Import, with the review sheet when there is one.
set --
if [ -f "$REVIEW" ]; then set -- --review "$REVIEW"; fi
case "$SOURCE" in
  *.csv | *.CSV)
    tool import-csv "$SOURCE" --base "$BASE" "$@" --out "$WORK/feed.json" --report "$RUN/import-report.md" \
      >"$RUN/import.txt" 2>&1 || import_failed "the import found mistakes in $SOURCE (see $RUN/import-report.md)"
    ;;
  *)
    if [ -f "$MAPPING" ]; then set -- "$@" --mapping "$MAPPING"; fi
    tool import-hsds "$SOURCE" "$@" --out "$WORK/feed.json" --report "$RUN/import-report.md" \
      >"$RUN/import.txt" 2>&1 || import_failed "the import of $SOURCE failed (see $RUN/import.txt and $RUN/import-report.md)"
    ;;
esac

# 2. Validate: every problem, written down.
tool validate "$WORK/feed.json" >"$RUN/validate.txt" 2>&1 || fail "the new feed has errors (see $RUN/validate.txt)"

# 3. A valid feed can still be a broken night: none, or far fewer, services than yesterday.
count() { node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).services.length))' "$1"; }
NEW=$(count "$WORK/feed.json")
[ "$NEW" -ge "$MIN_SERVICES" ] || fail "the new feed has $NEW services (at least $MIN_SERVICES expected)"
if [ -f "$PUBLISH_DIR/feed.json" ]; then
  OLD=$(count "$PUBLISH_DIR/feed.json" 2>/dev/null || echo 0)
  if [ "$OLD" -gt 0 ] && [ $((NEW * 100)) -lt $((OLD * (100 - MAX_DROP))) ]; then
    fail "the new feed has $NEW services, the published one $OLD: more than $MAX_DROP% fewer (set MAX_DROP=100 to publish anyway)"
  fi
fi

# 4. The report on gaps, duplicates and stale listings, for the partnership.
tool report "$WORK/feed.json" --out "$RUN/report.html" --md "$RUN/report.md" >"$RUN/report.txt" 2>&1 ||
  fail "the report could not be written (see $RUN/report.txt)"

# 5. Publish: write beside the live file, then rename over it, so a reader never gets half a feed.
cp "$WORK/feed.json" "$PUBLISH_DIR/.feed.json.new"
mv -f "$PUBLISH_DIR/.feed.json.new" "$PUBLISH_DIR/feed.json"
# Cache headers for hosts that read a _headers file (Netlify, Cloudflare Pages); for nginx or
# Apache, the same lines are in this recipe's README.
cat >"$PUBLISH_DIR/_headers" <<'HEADERS'
/feed.json
  Content-Type: application/json; charset=utf-8
  Cache-Control: public, max-age=3600, stale-while-revalidate=86400, stale-if-error=604800
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff
HEADERS
echo "Published $PUBLISH_DIR/feed.json: $NEW services. Reports: $RUN"
