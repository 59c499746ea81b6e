#!/bin/sh
# install-deps.sh — the Debian packages nianbao needs; installs only what is missing.
#   tools/install-deps.sh          build: compiler, CMake, ICU, libxml2, poppler-glib, libzip, SQLite, libcrypto; re2c and bison to regenerate gen/
#   tools/install-deps.sh --test   also what the tests need: AFL++ and clang for the fuzz run, pandoc and
#                                  LibreOffice to make .docx and .doc test files (and convert .doc), and the
#                                  tools whose renderings of a page tests/renderings reads (text browsers,
#                                  pandoc, html2text, wkhtmltopdf, Chromium's print to PDF; docx2txt for a Word
#                                  document's)
set -e
pkgs="ca-certificates cmake make gcc libc6-dev pkg-config libicu-dev libxml2-dev libpoppler-glib-dev libsqlite3-dev libssl-dev libzip-dev re2c bison"
[ "${1:-}" = "--test" ] && pkgs="$pkgs afl++ clang python3 python3-distributed parallel pango1.0-tools fonts-wqy-microhei poppler-utils sqlite3 pandoc libreoffice-writer-nogui w3m lynx links2 elinks python3-html2text wkhtmltopdf chromium docx2txt"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "installing:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
