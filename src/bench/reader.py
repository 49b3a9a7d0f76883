#!/usr/bin/env python3
"""One reader fetching a page over a keep-alive connection for a while; prints the latency percentiles.

Each request is timed by itself (wrk's single-connection percentiles were off by an order of magnitude on a
machine whose cores the load generator shares). Loopback only; stops by itself.
Usage: reader.py URL SECONDS
"""
import http.client
import sys
import time
import urllib.parse

url = urllib.parse.urlparse(sys.argv[1])
seconds = float(sys.argv[2])
connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
latencies = []
errors = 0
end = time.monotonic() + seconds
while time.monotonic() < end:
    started = time.monotonic()
    try:
        connection.request("GET", url.path)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            errors += 1
    except (OSError, http.client.HTTPException):
        errors += 1
        connection.close()
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    latencies.append(time.monotonic() - started)
latencies.sort()


def at(p):
    return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000


print(f"reader: {len(latencies)} requests, {errors} errors; p50 {at(0.50):.1f} ms, p90 {at(0.90):.1f} ms, "
      f"p99 {at(0.99):.1f} ms, max {latencies[-1] * 1000:.1f} ms")
