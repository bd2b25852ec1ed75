#!/usr/bin/env bash
# PDF rendering speed and size: bash bench/pdf/run.sh [renders=500]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/pdf -c Release -nologo -v quiet >/dev/null
dotnet bench/pdf/bin/Release/net10.0/Admin.Bench.Pdf.dll "${1:-500}" recipes/setup.recipe.json
