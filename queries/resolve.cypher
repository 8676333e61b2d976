// ROOT resolution: twin of queries/resolve.py (the choice is queries.resolve.choose_root).

// @by_id
MATCH (d:Document {id: $root}) RETURN d.id AS id

// @by_symbol
MATCH (d:Document {symbol: $symbol}) RETURN d.id AS id, properties(d) AS data

// @unnumbered
MATCH (d:Document {doc_type: $doc_type}) WHERE d.symbol IS NULL RETURN d.id AS id, properties(d) AS data

// @describe
MATCH (d:Document {id: $root}) RETURN properties(d) AS data
