// What the app's pages read besides lineage, gaps and search: twin of graph/page_reads.py
// (documents by id, relayed links, the data-quality lists) and of the store's records and
// failures, which Neo4jBackend.sync_store copies as :Record and :Failure nodes.

// @documents
MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, properties(d) AS data

// @record
MATCH (r:Record {id: $id}) RETURN r.record AS record, r.text AS text

// @doc_types
MATCH (d:Document) WHERE d.doc_type IS NOT NULL AND d.doc_type <> ''
RETURN DISTINCT d.doc_type AS doc_type ORDER BY doc_type

// @relayed
MATCH (a:Document)-[r:IMPLEMENTS]->(b:Document) WHERE a.id IN $ids AND r.where = 'relayed'
RETURN a.id AS child, b.id AS parent

// @quality_counts
RETURN COUNT { MATCH (r:Record) WHERE r.missing <> '' } AS missing,
       COUNT { MATCH (r:Record) WHERE r.ambiguous } AS ambiguous,
       COUNT { MATCH (d:Document) WHERE NOT coalesce(d.ingested, false) } AS cited_missing

// @missing
MATCH (r:Record) WHERE r.missing <> ''
RETURN r.id AS doc_id, r.missing AS missing, r.quality AS quality ORDER BY r.id LIMIT $limit

// @ambiguous
MATCH (r:Record) WHERE r.ambiguous
RETURN r.id AS doc_id, r.quality AS quality ORDER BY r.id LIMIT $limit

// @cited_missing
MATCH (d:Document) WHERE NOT coalesce(d.ingested, false)
WITH d, COLLECT { MATCH (c)-->(d) WHERE c:Document OR c:Body RETURN DISTINCT c.id AS id ORDER BY id } AS citing
RETURN d.id AS doc_id, properties(d) AS data, citing
ORDER BY size(citing) DESC, coalesce(d.symbol, d.id), d.id LIMIT $limit

// @failures
MATCH (f:Failure) WHERE f.at >= $since RETURN f.source AS source, f.error AS error ORDER BY f.source

// @dismiss
UNWIND $sources AS source MATCH (f:Failure {source: source}) DELETE f

// @version
OPTIONAL MATCH (m:CascadeMeta {id: 'sync'}) RETURN m.token AS token
