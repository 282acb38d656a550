#!/usr/bin/env bash
# A second CPython for CI (3.13 beside Debian 12's 3.11), printed as the path of its interpreter.
#
# No package source this project may use ships a CPython 3.13 binary for Debian 12 (PyPI has none; the npm
# "portable python" packages download from elsewhere at install time), so it is built from Debian's own source
# package of the next release (trixie), fetched with apt-get from the Debian archive this machine's apt already
# uses (its signatures checked with the installed Debian keyring), into a private apt state: the machine's apt
# configuration and packages are not touched, only build dependencies are installed when missing.
# The result is kept in $REPORTGEN_PYTHONS (default /opt/reportgen-python) and reused by later runs.
#
#   tools/build-python.sh [3.13]      -> /opt/reportgen-python/3.13/bin/python3.13
set -euo pipefail

version=${1:-3.13}
suite=${REPORTGEN_PYTHON_SUITE:-trixie}
prefix=${REPORTGEN_PYTHONS:-/opt/reportgen-python}/$version
python=$prefix/bin/python$version
modules="import ssl, sqlite3, lzma, bz2, ctypes, zlib, uuid, readline, venv, ensurepip"

if [ -x "$python" ] && "$python" -c "$modules" 2>/dev/null; then
  echo "$python"
  exit 0
fi

build_deps=(build-essential pkg-config xz-utils libssl-dev zlib1g-dev libbz2-dev liblzma-dev libffi-dev
  libsqlite3-dev libreadline-dev libncurses-dev uuid-dev libexpat1-dev)
missing=()
for package in "${build_deps[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Building Python $version needs: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Debian archive as this machine's apt knows it (deb822 or one-line format).
mirror=$(
  { cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '$1 == "URIs:" {print $2}'
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | sed 's/\[[^]]*\]//' | awk '$1 == "deb" {print $2}'
  } | grep -v -- '-security' | head -n 1 || true
)
[ -n "$mirror" ] || { echo "No Debian archive in this machine's apt sources." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" >"$work/sources.list"
apt=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
apt-get "${apt[@]}" update -qq >&2
(cd "$work" && apt-get "${apt[@]}" source --download-only -qq "python$version" >&2)
tar -xJf "$work"/python"${version}"_*.orig.tar.xz -C "$work"
cd "$work"/Python-"$version".*/
./configure --prefix="$prefix" --with-system-expat --quiet >&2
make -j"$(nproc)" --silent >&2
make --silent altinstall >&2
"$python" -c "$modules"
echo "$python"
