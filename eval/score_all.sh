#!/bin/bash
# Scores a build of Newswire on every evaluation set built under ../eval-data, one line per set and part.
#
#   bash eval/score_all.sh [claims|cleaning|all] [JAR]      (from the checkout; JAR defaults to target/newswire.jar)
#
# Sets that are not built are skipped. How to build each: its eval/NAME/README.md, ../shared/eval/README.md, and
# docs/evaluation.md, which holds the figures this prints for main.
set -u
WHAT=${1:-all}
JAR=${2:-target/newswire.jar}
SHARED=../shared/eval
DATA=../eval-data
CMD="java -jar $JAR extract"

claims() { # LABEL EXPECTED BATCH [score.py options]
    local label=$1 expected=$2 batch=$3
    shift 3
    [ -f "$expected" ] || return 0
    echo "$label: $(python3 $SHARED/score.py "$expected" --batch "$batch" "$@" --cmd "$CMD" 2>&1 | tail -1)"
}

cleaning() { # LABEL PART_DIR [html_f1.py options]
    local label=$1 dir=$2
    shift 2
    [ -f "$dir/ground-truth.json" ] || return 0
    echo "$label: $(python3 $SHARED/html_f1.py "$dir/ground-truth.json" "$dir/pages" "$@" --cmd "$CMD" 2>&1 | tail -1)"
}

titles() { # LABEL TITLES PAGES_DIR [title_score.py options]
    local label=$1 titles=$2 pages=$3
    shift 3
    [ -f "$titles" ] || return 0
    echo "$label: $(python3 eval/title_score.py "$titles" "$pages" "$@" --cmd "$CMD" 2>&1 | tail -1)"
}

score_claims() {
    echo "dev: $(python3 $SHARED/score.py $SHARED/dev/expected.json --cmd "$CMD" 2>&1 | grep -E '^(en|ko|status)' | tr '\n' ' ')"
    for part in tune holdout; do
        for region in ukraine sudan burkina; do
            claims "acled $part $region" $DATA/acled-split/$part/$region/expected.json 400 --kinds killed,wounded
        done
    done
    for part in tune untouched; do
        for region in east-africa south-asia middle-east latin-america; do
            claims "acled-regions $part $region" $DATA/acled-regions-split/$part/$region/expected.json 400 --kinds killed,wounded
        done
        for lang in en ko; do
            claims "ko-news $lang $part" $DATA/ko-news/$lang/$part/expected.json 400
        done
        claims "ko-news-2 en $part" $DATA/ko-news-2/en/$part/expected.json 400
        claims "gtd $part" $DATA/gtd/$part/expected.json 100 --kinds killed,wounded
        claims "wiki-incidents $part" $DATA/wiki-incidents/$part/expected.json 100 --kinds killed,wounded
        for set in ag-news ag-news-2 huffpost-news; do
            claims "$set $part" $DATA/$set/$part/expected.json 400
            claims "$set $part killed+wounded" $DATA/$set/$part/expected.json 400 --kinds killed,wounded
        done
        for set in news-articles news-articles-2 reuters-articles ecb-articles ecb-articles-2 ecb-articles-3 wikinews-sources cnn-dailymail inshorts-articles bbc-articles bbc-articles-2 bd-articles wire-articles ko-articles ko-wikinews ko-naver ko-naver-2 ko-naver-3 ko-naver-4 ko-naver-5 ko-naver-6; do
            claims "$set $part" $DATA/$set/$part/expected.json 100
            claims "$set $part killed+wounded" $DATA/$set/$part/expected.json 100 --kinds killed,wounded
        done
        claims "re3d $part killed+wounded" $DATA/re3d-split/$part/expected.json 400 --kinds killed,wounded
        claims "re3d $part" $DATA/re3d-split/$part/expected.json 400
        claims "newsquant $part" $DATA/newsquant/$part/expected.json 400
    done
}

score_cleaning() {
    for part in tune untouched; do
        for set in benchmark dragnet cleaneval-final cleaneval-dev readability; do
            cleaning "html $set $part" $DATA/html-sets/$set/$part
        done
    done
    for part in tune holdout; do
        for set in text-copies dragnet-text cleaneval-text readability-text; do
            cleaning "text copies $set $part" $DATA/$set-split/$part --ext txt
        done
    done
    # The headline chosen on text copies, against the one their HTML names (eval/title_gold.py wrote the gold).
    for part in tune holdout; do
        for pair in text-copies:benchmark dragnet-text:dragnet cleaneval-text:cleaneval-final readability-text:readability; do
            titles "titles $part ${pair%%:*}" $DATA/titles/${pair##*:}.json $DATA/${pair%%:*}-split/$part/pages --ext txt
        done
    done
}

case $WHAT in
    claims) score_claims ;;
    cleaning) score_cleaning ;;
    all) score_claims; score_cleaning ;;
    *) echo "usage: bash eval/score_all.sh [claims|cleaning|all] [JAR]" >&2; exit 2 ;;
esac
