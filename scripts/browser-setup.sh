#!/bin/sh
# Installs Debian's Chromium for the browser test of the HTML report (test/report/browser.test.ts),
# unless /usr/bin/chromium is already there. Needs apt-get and root (or sudo).
set -eu

if [ -x /usr/bin/chromium ]; then
  echo "browser-setup: /usr/bin/chromium is installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser-setup: apt-get not found; install Chromium yourself and set PROVENANCE_CHROMIUM to its path," >&2
  echo "browser-setup: or set PROVENANCE_SKIP_BROWSER=1 to skip the browser test" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# fonts-liberation: without a font the screenshots show boxes instead of text.
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null

# Ubuntu's "chromium" package is only a stub that asks snapd for the browser, which containers lack.
if ! version=$(/usr/bin/chromium --version 2>/dev/null); then
  echo "browser-setup: /usr/bin/chromium does not run (on Ubuntu it needs snapd); use a Debian image," >&2
  echo "browser-setup: set PROVENANCE_CHROMIUM to a working Chromium or Chrome, or PROVENANCE_SKIP_BROWSER=1" >&2
  exit 1
fi
echo "browser-setup: installed $version"
