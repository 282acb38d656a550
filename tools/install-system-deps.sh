#!/usr/bin/env bash
# The system programs the test suite needs, installed from Debian/Ubuntu packages when missing.
# Called by `make test` and by `.ci/run`, so a fresh machine with only python3 and make passes `make test`.
#
#   LibreOffice Writer + Calc (no GUI)  .docx -> PDF, previews, the Calc-saved Excel corpus
#   python3-uno                         LibreOffice kept warm for previews
#   poppler-utils                       pdftotext / pdftoppm / pdffonts / pdfsig
#   fonts-liberation, fonts-liberation2 Times New Roman / Arial metric-compatible fonts (PDFs, charts)
#   fontconfig                          fc-list, fc-match
#   chromium, chromium-driver           browser tests of `reportgen serve` (selenium)
#   nodejs, npm                         yaml-language-server for the editor-schema tests
#   postgresql                          the PostgreSQL server the register tests start
#   libnss3-tools                       certutil: the trust store of poppler's pdfsig (signature tests)
#   softhsm2, opensc                    a USB token played in software (PKCS#11) and the tool that loads it
#
# As root it installs what is missing with apt-get; otherwise it uses `sudo -n` when that needs no password,
# and else prints the exact apt-get command and stops. Prints nothing when everything is there.
set -euo pipefail

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || need+=(libreoffice-calc-nogui)
/usr/bin/python3 -c "import uno" >/dev/null 2>&1 || need+=(python3-uno)
{ command -v pdftotext && command -v pdftoppm && command -v pdffonts; } >/dev/null 2>&1 || need+=(poppler-utils)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
[ -e /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation)
[ -e /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || need+=(postgresql)
command -v certutil >/dev/null 2>&1 || need+=(libnss3-tools)
[ -e /usr/lib/softhsm/libsofthsm2.so ] || need+=(softhsm2)
command -v pkcs11-tool >/dev/null 2>&1 || need+=(opensc)

[ ${#need[@]} -eq 0 ] && exit 0

command_line="apt-get update && apt-get install -y --no-install-recommends ${need[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Máy này không có apt-get (không phải Debian/Ubuntu). Các bài kiểm thử cần cài trước các gói tương ứng với:" >&2
  echo "  ${need[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "Các bài kiểm thử cần cài thêm phần mềm hệ thống: ${need[*]}" >&2
  echo "Chạy lệnh sau với quyền quản trị (root), rồi chạy lại make test:" >&2
  echo "  sudo sh -c '$command_line'" >&2
  exit 1
fi
echo "Đang cài phần mềm hệ thống cho các bài kiểm thử: ${need[*]}" >&2
"${run[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
