-- A Lua workload for the drop-in malloc test: tables, strings, closures and
-- coroutines churn through a few hundred megabytes; output is deterministic.
local function tree(depth)
  if depth == 0 then return {} end
  return { tree(depth - 1), tree(depth - 1) }
end
local function count(t)
  if not t[1] then return 1 end
  return 1 + count(t[1]) + count(t[2])
end
local total = 0
for i = 1, 40 do total = total + count(tree(12)) end
print("tree nodes", total)

local words = {}
for i = 1, 200000 do words[#words + 1] = string.format("w%05d", (i * 7919) % 100000) end
table.sort(words)
local freq = {}
for _, w in ipairs(words) do freq[w] = (freq[w] or 0) + 1 end
local distinct = 0
for _ in pairs(freq) do distinct = distinct + 1 end
print("words", #words, "distinct", distinct, "first", words[1], "last", words[#words])

local parts = {}
for i = 1, 50000 do parts[#parts + 1] = tostring(i * i) end
local s = table.concat(parts, ",")
print("concat length", #s, "sum of digits", (s:gsub("%D", ""):gsub(".", function(d) return "" end)) == "" and #s:gsub("%D", "") or 0)

local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local acc = 0
for i = 1, 100000 do local c = counter(); c(); acc = acc + c() end
print("closures", acc)

local co = coroutine.wrap(function()
  for i = 1, 100000 do coroutine.yield({ i, tostring(i) }) end
end)
local sum = 0
for _ = 1, 100000 do sum = sum + co()[1] end
print("coroutine sum", sum)
collectgarbage()
print("done")
