// Search: twin of queries/search.py. The folded words (_haystack, _place, _symbol_key) are
// written by the sync with the same functions the networkx search uses.
// Parameters: $terms (list of folded words), $place, $doc_type, $level, $ingested,
// $date_from, $date_to (each null = no filter), $cap (rows at most).

// @search
MATCH (n:Document)
WHERE ($doc_type IS NULL OR n.doc_type = $doc_type)
  AND ($level IS NULL OR n.level = $level)
  AND ($ingested IS NULL OR coalesce(n.ingested, false) = $ingested)
  AND ($date_from IS NULL OR (coalesce(n.date, '') <> '' AND n.date >= $date_from))
  AND ($date_to IS NULL OR (coalesce(n.date, '') <> '' AND n.date <= $date_to))
  AND ($place IS NULL OR n._place CONTAINS $place)
  AND all(t IN $terms WHERE t IN split(n._haystack, ' ') OR (size(t) > 2 AND n._haystack CONTAINS t))
// Ranking is done by queries.search.rank, shared with the networkx backend. Without terms its
// order is this one (newest first, then the id), so $cap (the limit, then) is cut here.
RETURN n.id AS doc_id, properties(n) AS data
ORDER BY coalesce(n.date, '') DESC, n.id
LIMIT $cap
