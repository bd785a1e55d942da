#!/bin/sh
# Writes the documents of a CoNLL-2003 file as plain-text articles, one file per document
# (doc-NNN.txt, a sentence a line, tokens joined by single spaces), for whole-process speed
# checks: src/bench/conll-to-articles.sh ../shared/data/conll2003-dev/eng.testa /tmp/conll-dev
# Lines before the first -DOCSTART- (if any) are doc-000 too.
set -eu
[ $# -eq 2 ] || { echo "usage: $0 CONLL_FILE OUTPUT_DIR" >&2; exit 2; }
mkdir -p "$2"
awk -v dir="$2" '
  function flush() { if (line != "") { print line > file; line = "" } }
  BEGIN { doc = 0; file = sprintf("%s/doc-%03d.txt", dir, doc); started = 0 }
  { sub(/\r$/, "") }
  /^-DOCSTART-/ { flush(); if (started) { close(file); doc++; file = sprintf("%s/doc-%03d.txt", dir, doc) }; started = 0; next }
  /^[ \t]*$/ { flush(); next }
  { started = 1; line = (line == "" ? $1 : line " " $1) }
  END { flush() }
' "$1"
ls "$2" | wc -l
