#!/bin/sh
# Whole-process speed against CoreNLP as a user runs it, on the same documents, in one session
# (issue 22's check): Namelink's extract (with and without Wikipedia links), CoreNLP's bare 3-class
# CRF (CRFClassifier -textFiles) and CoreNLP's default pipeline (tokenize,ssplit,pos,lemma,ner),
# each a fresh JVM, alternating for ROUNDS rounds; prints wall, user+sys seconds and peak RSS per
# run, then the median wall time of each and the ratios. Needs the packaged jar and target/lib
# (mvn -DskipTests package) and GNU time (/usr/bin/time).
#   src/bench/conll-to-articles.sh ../shared/data/conll2003-dev/eng.testa /tmp/conll-dev
#   src/bench/whole-process.sh /tmp/conll-dev 3
# SKIP_DEFAULT=1 leaves out CoreNLP's default pipeline (about two minutes a run on 2 cores).
set -eu
[ $# -ge 1 ] || { echo "usage: $0 ARTICLE_DIR [ROUNDS]" >&2; exit 2; }
dir=$1
rounds=${2:-3}
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=$(ls "$dir"/*.txt | paste -sd, -)
ls "$dir"/*.txt > "$work/filelist"
echo "$(ls "$dir"/*.txt | wc -l) documents in $dir; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # name, command...
  name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" > /dev/null 2> "$work/err" || { echo "$name failed:"; tail -5 "$work/err"; exit 1; }
  read -r wall user sys rss < "$work/t"
  printf '%-22s wall %7.2f s  cpu %7.2f s  rss %5d MB\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
  echo "$wall" >> "$work/$name"
}

i=1
while [ "$i" -le "$rounds" ]; do
  run namelink java -jar target/namelink.jar extract --format json --output "$work/n.json" "$dir"
  run namelink-no-links java -jar target/namelink.jar extract --format json --no-links --output "$work/n.json" "$dir"
  run corenlp-bare-crf java -mx2g -cp "target/lib/*" edu.stanford.nlp.ie.crf.CRFClassifier \
      -loadClassifier edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz -textFiles "$files"
  if [ "${SKIP_DEFAULT:-0}" != 1 ]; then
    run corenlp-default java -mx6g -cp "target/lib/*" edu.stanford.nlp.pipeline.StanfordCoreNLP \
        -annotators tokenize,ssplit,pos,lemma,ner -filelist "$work/filelist" -outputDirectory "$work/out" \
        -outputFormat json
  fi
  i=$((i + 1))
done

median() { sort -n "$work/$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
n=$(median namelink); nn=$(median namelink-no-links); crf=$(median corenlp-bare-crf)
echo "median wall: namelink $n s, without links $nn s, bare CRF $crf s"
echo "bare CRF / namelink: $(echo "scale=2; $crf / $n" | bc)x (without links $(echo "scale=2; $crf / $nn" | bc)x)"
if [ "${SKIP_DEFAULT:-0}" != 1 ]; then
  d=$(median corenlp-default)
  echo "default pipeline $d s; default / namelink: $(echo "scale=1; $d / $n" | bc)x (without links $(echo "scale=1; $d / $nn" | bc)x)"
fi
