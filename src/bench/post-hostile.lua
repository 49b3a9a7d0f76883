-- wrk script: posts only texts made to keep a filter busy (start Parley with PARLEY_CAPTCHA_ENABLED=false
-- PARLEY_RATE_LIMIT_ENABLED=false): links whose scheme has a Cyrillic letter, long runs of look-alike
-- letters, 3,000 code points of mixed separators, hundreds of links, stacked combining marks, '@' runs.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local function rep(piece, n)
  return string.rep(piece, n)
end

local texts = {
  "see htt\u{440}://t.co/abc",
  rep("htt\u{440}s://bit.ly/x ", 150),
  rep("\u{430}\u{435}\u{43e}\u{440}\u{441}\u{443}\u{445}", 420),
  rep(". - _ * | \u{200B}", 270),
  rep("http://a.com htt\u{440}://b.co/ ", 110),
  rep("@a.b ", 590),
  rep("f\u{301}\u{308}\u{336}", 740),
  rep("<b&#x66;", 370),
  rep("f.u.c.k ", 370),
  rep("\u{202E}www.x.com\u{200F}", 250),
}

local counter = 0
request = function()
  counter = counter + 1
  local text = texts[(counter % #texts) + 1]
  local body = '{"userName":"Hostile ' .. counter .. '","text":"' .. text .. ' ' .. counter .. '"}'
  return wrk.format(nil, nil, nil, body)
end
