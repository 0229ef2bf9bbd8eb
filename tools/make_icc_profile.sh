#!/usr/bin/env bash
# Make the press PDF's CMYK output profile (templates/color/FOGRA39L-argyll.icc).
#
# Data: FOGRA39L.ti3, the FOGRA39 characterization data set for offset printing on
# coated paper (ISO 12647-2:2004/Amd 1), as shipped by Debian's icc-profiles-free
# (copyright Kai-Uwe Behrmann, Zlib licence, which allows redistribution).
# Tool: ArgyllCMS colprof (Debian package argyll). GCR black generation, 330% total ink.
# The profile's header carries its creation time, so the bytes differ per run; the
# committed profile is the one the PDFs use.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$work/"
(cd "$work" && colprof -qm -kr -l330 -L100 \
  -D "FOGRA39L coated offset (made with ArgyllCMS colprof from FOGRA39L.ti3)" \
  -C "Data: Fogra (FOGRA39L.ti3, Zlib licence, Debian icc-profiles-free). Profile: generated with ArgyllCMS." \
  FOGRA39L)
cp "$work/FOGRA39L.icc" templates/color/FOGRA39L-argyll.icc
echo "wrote templates/color/FOGRA39L-argyll.icc"
