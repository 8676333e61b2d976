// Lineage: twin of queries/lineage.py (assembled by queries.lineage.assemble).
// Parameters: $root (doc id), $depth (int or null), $as_of ('YYYY-MM-DD' or null).
// One row: members [{id, depth, data}] (the root at depth 0, then every document reached
// along IMPLEMENTS/BASED_ON by a shortest path that skips documents dated after $as_of) and
// edges [[child, parent, TYPE]]: the parent edges of every member above $depth to a document
// not dated after $as_of (such a document is always a member).

// @down
MATCH (root:Document {id: $root})
WITH root, COLLECT {
    MATCH p = ANY SHORTEST (root)(()<-[:IMPLEMENTS|BASED_ON]-(x:Document)
          WHERE $as_of IS NULL OR x.date IS NULL OR x.date = '' OR x.date <= $as_of)+(n:Document)
    WHERE n <> root AND ($depth IS NULL OR length(p) <= $depth)
    RETURN {node: n, depth: length(p)}
} AS found
WITH root, [{node: root, depth: 0}] + found AS members
RETURN [m IN members | {id: m.node.id, depth: m.depth, data: properties(m.node)}] AS members,
       COLLECT {
           UNWIND members AS m
           WITH m WHERE $depth IS NULL OR m.depth < $depth
           WITH m.node AS node
           MATCH (node)<-[r:IMPLEMENTS|BASED_ON]-(other:Document)
           WHERE $as_of IS NULL OR other.date IS NULL OR other.date = '' OR other.date <= $as_of
           RETURN [other.id, node.id, type(r)]
       } AS edges

// @up
MATCH (root:Document {id: $root})
WITH root, COLLECT {
    MATCH p = ANY SHORTEST (root)(()-[:IMPLEMENTS|BASED_ON]->(x:Document)
          WHERE $as_of IS NULL OR x.date IS NULL OR x.date = '' OR x.date <= $as_of)+(n:Document)
    WHERE n <> root AND ($depth IS NULL OR length(p) <= $depth)
    RETURN {node: n, depth: length(p)}
} AS found
WITH root, [{node: root, depth: 0}] + found AS members
RETURN [m IN members | {id: m.node.id, depth: m.depth, data: properties(m.node)}] AS members,
       COLLECT {
           UNWIND members AS m
           WITH m WHERE $depth IS NULL OR m.depth < $depth
           WITH m.node AS node
           MATCH (node)-[r:IMPLEMENTS|BASED_ON]->(other:Document)
           WHERE $as_of IS NULL OR other.date IS NULL OR other.date = '' OR other.date <= $as_of
           RETURN [node.id, other.id, type(r)]
       } AS edges
