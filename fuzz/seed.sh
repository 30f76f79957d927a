#!/bin/sh
# Fills fuzz/corpus/<target>/ with seed inputs (run from anywhere, before
# `cargo +nightly fuzz run`). The seeds are copied at run time from real
# articles: examples/articles/zpmc-cranes.txt, ../shared/devset/articles/*.txt
# and a few of ../shared/data/polnear/dev/text/*.txt (those missing are skipped), plus
# small HTML, JSON and JSON Lines articles written here. fuzz/corpus is
# git-ignored: no copy of the shared data is committed.
set -eu
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
corpus="$fuzz/corpus"
polnear=${POLNEAR:-$root/../shared/data/polnear/dev/text}
mkdir -p "$corpus/read_txt" "$corpus/read_html" "$corpus/read_json" \
    "$corpus/read_jsonl" "$corpus/extract_article"

# plain-text articles: the txt reader and the engine
articles() {
    ls "$root/examples/articles/zpmc-cranes.txt" 2>/dev/null || true
    ls "$root"/../shared/devset/articles/*.txt 2>/dev/null || true
    ls "$polnear"/*.txt 2>/dev/null | head -n 8 || true
}
articles | while read -r f; do
    name=$(basename "$f")
    cp "$f" "$corpus/read_txt/$name"
    # libFuzzer's -max_len for extract_article is 20000 bytes: longer articles
    # are cut at a line break below it so the seed is whole lines
    if [ "$(wc -c < "$f")" -le 19000 ]; then
        cp "$f" "$corpus/extract_article/$name"
    else
        head -c 19000 "$f" | sed '$d' > "$corpus/extract_article/$name"
    fi
done

# small hand-made articles
printf 'Acme Corp hires Jane Doe\nJane Doe, a former NASA engineer, joined Acme Corp in Berlin on 3 March 2023, the company said.\n\n"We are delighted," said its chief executive, John Smith.\n' \
    > "$corpus/extract_article/small.txt"
cp "$corpus/extract_article/small.txt" "$corpus/read_txt/small.txt"

cat > "$corpus/read_html/page.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Acme Corp hires Jane Doe</title>
<meta property="article:published_time" content="2023-03-05T10:00:00Z">
<link rel="canonical" href="https://example.com/news/acme-hires-doe">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Acme Corp hires Jane Doe</h1>
<p>Jane Doe, a former NASA engineer, joined Acme Corp in Berlin on 3 March 2023, the company said.</p>
<p>&ldquo;We are delighted,&rdquo; said its chief executive, John Smith.</p>
<p>Acme, which makes cranes, employs 4,000 people &amp; has offices in Paris.</p>
</article>
<footer>&copy; 2023 Example News</footer>
</body>
</html>
HTML

cat > "$corpus/read_json/article.json" <<'JSON'
{"title": "Acme Corp hires Jane Doe", "text": "Jane Doe, a former NASA engineer, joined Acme Corp in Berlin on 3 March 2023, the company said.\n\n\"We are delighted,\" said its chief executive, John Smith.", "url": "https://example.com/news/acme-hires-doe", "date": "2023-03-05"}
JSON
cat > "$corpus/read_json/array.json" <<'JSON'
[{"title": "Strike halts trains", "text": "Train drivers staged a 24-hour walkout over pay, the union Aslef said.", "url": "https://example.com/a", "date": "2022-07-30"},
 {"title": "Fine for Apple", "body": "Italy's competition authority fined Apple and Google 10 million euros each.", "published": "2021-11-26T09:00:00Z", "publisher": "Example News"}]
JSON

cat > "$corpus/read_jsonl/two.jsonl" <<'JSONL'
{"title": "Acme Corp hires Jane Doe", "text": "Jane Doe, a former NASA engineer, joined Acme Corp in Berlin on 3 March 2023, the company said.", "url": "https://example.com/news/acme-hires-doe", "date": "2023-03-05"}
{"title": "Strike halts trains", "text": "Train drivers staged a 24-hour walkout over pay, the union Aslef said.\n\n\"It is a disgrace,\" a minister said.", "url": "https://example.com/a", "date": "2022-07-30"}
JSONL

for t in read_txt read_html read_json read_jsonl extract_article; do
    echo "$t: $(ls "$corpus/$t" | wc -l) seeds"
done
