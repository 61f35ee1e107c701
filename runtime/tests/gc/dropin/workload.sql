-- An SQLite workload for the drop-in malloc test: tables, indexes, joins,
-- aggregates and sorting over a few hundred thousand rows.
CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER, name TEXT, v REAL);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000)
INSERT INTO t SELECT x, (x * 7919) % 1000, 'name-' || (x * 31 % 5000), x * 0.5 FROM c;
CREATE INDEX t_k ON t(k);
CREATE TABLE u AS SELECT k, count(*) AS n, sum(v) AS s FROM t GROUP BY k;
SELECT count(*), sum(k), round(sum(v), 1) FROM t;
SELECT k, n, round(s, 1) FROM u ORDER BY s DESC LIMIT 5;
SELECT count(DISTINCT name), max(length(name)) FROM t;
SELECT u.k, count(*) FROM t JOIN u ON t.k = u.k WHERE u.n > 199 GROUP BY u.k ORDER BY u.k LIMIT 5;
SELECT name, count(*) AS c FROM t GROUP BY name ORDER BY c DESC, name LIMIT 5;
UPDATE t SET name = upper(name) WHERE id % 3 = 0;
DELETE FROM t WHERE id % 5 = 0;
SELECT count(*), group_concat(DISTINCT substr(name, 1, 4)) FROM t;
VACUUM;
SELECT count(*) FROM t WHERE name LIKE 'NAME-1%';
