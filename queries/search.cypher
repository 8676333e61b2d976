// Search: twin of queries/search.py. The folded words (_haystack, _place, _symbol_key) are
// written by the sync with the same functions the networkx search uses.
// Parameters: $terms (list of folded words), $place, $doc_type, $level, $ingested,
// $date_from, $date_to (each null = no filter), $limit.

// @search
MATCH (n:Document)
WHERE ($doc_type IS NULL OR n.doc_type = $doc_type)
  AND ($level IS NULL OR n.level = $level)
  AND ($ingested IS NULL OR coalesce(n.ingested, false) = $ingested)
  AND ($date_from IS NULL OR (coalesce(n.date, '') <> '' AND n.date >= $date_from))
  AND ($date_to IS NULL OR (coalesce(n.date, '') <> '' AND n.date <= $date_to))
  AND ($place IS NULL OR n._place CONTAINS $place)
  AND all(t IN $terms WHERE t IN split(n._haystack, ' ') OR (size(t) > 2 AND n._haystack CONTAINS t))
WITH n, size($terms) > 0 AND all(t IN $terms WHERE t IN split(n._symbol_key, ' ')) AS symbol_hit
RETURN n.id AS doc_id, properties(n) AS data
ORDER BY CASE WHEN symbol_hit THEN 0 ELSE 1 END,
         CASE WHEN coalesce(n.date, '') = '' THEN 0 ELSE -toInteger(replace(n.date, '-', '')) END,
         n.id
LIMIT $limit
