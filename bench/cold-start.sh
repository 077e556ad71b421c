#!/usr/bin/env bash
# Cold start as a new user meets it: a clean clone of the committed repo, `npm ci` (timed and
# printed, not part of the target), then `npm start` until its site answers HTTP 200. Target < 60 s.
#   flock /tmp/sqd-site.lock bench/cold-start.sh      (npm start builds a site)
# Each line `npm start` prints is shown with the seconds since start, to see which stage dominates.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sqd-cold-XXXXXX")
server=""
cleanup() {
  # The server runs in a session of its own: stopping the group stops npm, node and any child.
  if [ -n "$server" ]; then kill -- "-$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

git clone --quiet "$repo" "$work/repo"
cd "$work/repo"
echo "clean clone of $(git rev-parse --short HEAD) in $work/repo"

t=$(now)
npm ci --no-audit --no-fund --loglevel=error >"$work/npm-ci.log" 2>&1 || { cat "$work/npm-ci.log"; exit 1; }
echo "npm ci: $(since "$t") s (not part of the target)"

log="$work/start.log"
t=$(now)
setsid npm start >"$log" 2>&1 &
server=$!

# Poll the log for new lines and for the URL the server announces (it moves off port 3000 when
# that is taken), then poll the URL until it answers 200.
shown=0
url=""
while :; do
  lines=$(wc -l <"$log")
  if [ "$lines" -gt "$shown" ]; then
    stamp=$(since "$t")
    sed -n "$((shown + 1)),${lines}p" "$log" | while IFS= read -r line; do printf '%7s s  %s\n' "$stamp" "$line"; done
    shown=$lines
  fi
  [ -z "$url" ] && url=$(grep -o 'http://localhost:[0-9]*/' "$log" | head -n 1 || true)
  if [ -n "$url" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "npm start exited before the site answered"; cat "$log"; exit 1; fi
  if awk -v s="$(since "$t")" 'BEGIN { exit !(s > 600) }'; then echo "no answer after 600 s"; exit 1; fi
  sleep 0.2
done
total=$(since "$t")
verdict=$(awk -v s="$total" 'BEGIN { print (s < 60 ? "✓" : "✗") }')
echo "npm start → HTTP 200 on $url: $total s (target < 60 s $verdict)"
