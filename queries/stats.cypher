// Stats: twin of queries/stats.py. Parameters: none. One row.

// @stats
RETURN COLLECT {
           MATCH (n:Document)
           WITH coalesce(n.ingested, false) AS ingested, n.level AS level, count(*) AS count
           RETURN {ingested: ingested, level: level, count: count}
       } AS documents,
       COUNT { MATCH (:Body) } AS bodies,
       COLLECT {
           MATCH (a)-[r]->()
           WHERE a:Document OR a:Body
           WITH r.relation AS relation, count(*) AS count
           RETURN {relation: relation, count: count}
       } AS edges
