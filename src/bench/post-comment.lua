-- wrk script: posts clean comments to one article through the JSON API (start Parley with
-- PARLEY_CAPTCHA_ENABLED=false PARLEY_RATE_LIMIT_ENABLED=false). Each request has its own text.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0
request = function()
  counter = counter + 1
  local body = '{"userName":"Load reader ' .. counter .. '","text":"The drawdown from 5,200 to 3,000 troops '
    .. 'is overdue and the strategic dialogue should continue. Comment ' .. counter .. ' from thread '
    .. tostring(wrk.thread) .. '."}'
  return wrk.format(nil, nil, nil, body)
end
