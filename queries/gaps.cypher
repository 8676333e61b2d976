// Gaps: twin of queries/gaps.py (statuses computed by queries.gaps.gaps_result).
// Parameters: $root (doc id). One row per body ROOT directs to issue a plan: the body, its
// first such ASSIGNS edge (lowest _seq = networkx edge order), and the documents the body or
// one of its boards ('hu.x/btg') issued that descend from ROOT along IMPLEMENTS/BASED_ON.

// @gaps
MATCH (root:Document {id: $root})-[a:ASSIGNS]->(b:Body)
WHERE a.expects_plan
WITH root, b, a ORDER BY a._seq
WITH root, b, collect(a)[0] AS a
RETURN b.id AS body, properties(b) AS body_data, properties(a) AS assignment,
       COLLECT {
           MATCH (d:Document)-[:ISSUED_BY]->(b)
           WHERE d <> root AND EXISTS { (d)-[:IMPLEMENTS|BASED_ON]->+(root) }
           RETURN [d.id, d.date, d.symbol, d.doc_type]
         UNION
           MATCH (d:Document)-[:ISSUED_BY]->(board:Body)-[:SUBORDINATE_OF]->(b)
           WHERE board.id STARTS WITH b.id + '/' AND d <> root
             AND EXISTS { (d)-[:IMPLEMENTS|BASED_ON]->+(root) }
           RETURN [d.id, d.date, d.symbol, d.doc_type]
       } AS answers

// @gaps_via
// The same answers for the counterparts of the expected bodies ($bodies: their ids, from
// queries.gaps.counterpart_ids): the Government's 03/NQ-CP for the Ban cán sự đảng Chính phủ.
UNWIND $bodies AS id
MATCH (root:Document {id: $root}), (b:Body {id: id})
RETURN b.id AS body,
       COLLECT {
           MATCH (d:Document)-[:ISSUED_BY]->(b)
           WHERE d <> root AND EXISTS { (d)-[:IMPLEMENTS|BASED_ON]->+(root) }
           RETURN [d.id, d.date, d.symbol, d.doc_type]
         UNION
           MATCH (d:Document)-[:ISSUED_BY]->(board:Body)-[:SUBORDINATE_OF]->(b)
           WHERE board.id STARTS WITH b.id + '/' AND d <> root
             AND EXISTS { (d)-[:IMPLEMENTS|BASED_ON]->+(root) }
           RETURN [d.id, d.date, d.symbol, d.doc_type]
       } AS answers

// @gaps_possible
// Possible answers ($bodies: the expected bodies): documents the body (or one of its boards)
// issued outside ROOT's lineage whose citation without a number several documents fit
// (MAY_IMPLEMENT edges, grouped by the words cited), one at least ROOT or below it.
UNWIND $bodies AS id
MATCH (root:Document {id: $root}), (b:Body {id: id})
MATCH (d:Document)-[:ISSUED_BY]->(issuer:Body)
WHERE (issuer = b OR (issuer.id STARTS WITH b.id + '/' AND EXISTS { (issuer)-[:SUBORDINATE_OF]->(b) }))
  AND d <> root AND NOT EXISTS { (d)-[:IMPLEMENTS|BASED_ON]->+(root) }
MATCH (d)-[c:MAY_IMPLEMENT]->(p:Document)
WITH b, d, coalesce(c.text, '') AS cites,
     [p.id, p.date, p.symbol, p.doc_type, p = root OR EXISTS { (p)-[:IMPLEMENTS|BASED_ON]->+(root) }] AS candidate
WITH b, d, cites, collect(candidate) AS candidates
WHERE any(c IN candidates WHERE c[4])
RETURN b.id AS body, [d.id, d.date, d.symbol, d.doc_type] AS doc, cites, candidates
