#!/bin/bash
# Idle memory per connection with TLS terminated by nginx (issue 18; results
# in docs/performance.md): one supernova-server on plain ws:// (SQLite,
# insecure_loopback) behind Debian's nginx doing TLS, as docs/deployment.md
# describes for nginx on the same host. bench_server_load opens CLIENTS
# authenticated, subscribed wss:// connections through nginx; while they are
# held the script reads the resident memory of the server and of nginx's
# processes from /proc and reports both per connection and their sum.
# With UPSTREAM=wss the server keeps its own TLS as well (TLS twice), for
# comparison. SSL_BUFFER and PROXY_BUFFER set nginx's ssl_buffer_size and
# proxy_buffer_size (nginx's defaults when unset: 16k and one page).
# Everything listens on 127.0.0.1 and is stopped on exit.
#   tests/benchmarks/server/bench_nginx_memory.sh [BUILD_DIR] [CLIENTS]
set -eu
UPSTREAM=${UPSTREAM:-ws}
SRC=$(cd "$(dirname "$0")/../../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
CLIENTS=${2:-2000}
SERVER=$BUILD/app/server/supernova-server
BENCH=$BUILD/benchmarks/bench_server_load
for f in "$SERVER" "$BENCH" /usr/sbin/nginx; do
    [ -x "$f" ] || { echo "bench_nginx_memory: $f is missing (build supernova-server and bench_server_load; apt-get install nginx)" >&2; exit 1; }
done
BASE=$((20000 + RANDOM % 20000))
PORT_A=$BASE PORT_NGINX=$((BASE + 20))
WORK=$(mktemp -d "${TMPDIR:-/tmp}/supernova-nginxmem.XXXXXX")
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
ulimit -n "$(ulimit -Hn)"

INIT=$("$SERVER" init "$WORK/srv" --listen 127.0.0.1 --port "$PORT_A")
PASSWORD=$(echo "$INIT" | sed -n 's/^one-time password[^:]*: *//p' | head -1)
[ -n "$PASSWORD" ] || { echo "bench_nginx_memory: init printed no password" >&2; exit 1; }
sed -i 's/^\[server\]$/[server]\ntrusted_proxies = 127.0.0.1/' "$WORK/srv/server.ini"
printf '\n[limits]\nmessages_per_second = 100000\nmessage_burst = 100000\n' >> "$WORK/srv/server.ini"

export QT_NO_GLIB=1 SUPERNOVA_SERVER_LOG_LEVEL=warn
INSECURE="" PROXY_SCHEME=https
if [ "$UPSTREAM" = ws ]; then
    INSECURE="--insecure-loopback --listen 127.0.0.1" PROXY_SCHEME=http
fi
"$SERVER" --config "$WORK/srv/server.ini" serve --port "$PORT_A" $INSECURE >"$WORK/a.log" 2>&1 &
SERVER_PID=$!
PIDS+=($SERVER_PID)

mkdir -p "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 1;
worker_rlimit_nofile 30000;
daemon off;
pid $WORK/nginx/nginx.pid;
events { worker_connections 25000; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  upstream supernova { server 127.0.0.1:$PORT_A; }
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:$PORT_NGINX ssl;
    ssl_certificate $WORK/srv/cert.pem;
    ssl_certificate_key $WORK/srv/key.pem;
    ssl_protocols TLSv1.2 TLSv1.3;
    $( [ -n "${SSL_BUFFER:-}" ] && echo "ssl_buffer_size $SSL_BUFFER;" )
    location / {
      $( [ -n "${PROXY_BUFFER:-}" ] && echo "proxy_buffer_size $PROXY_BUFFER;" )
      proxy_pass $PROXY_SCHEME://supernova;
      proxy_ssl_verify on;
      proxy_ssl_trusted_certificate $WORK/srv/cert.pem;
      proxy_ssl_name localhost;
      proxy_ssl_session_reuse on;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_read_timeout 1h;
    }
  }
}
CONF
/usr/sbin/nginx -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT_NGINX") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$PORT_A") 2>/dev/null && break
    sleep 0.2
done
sleep 1
NGINX_MASTER=$(cat "$WORK/nginx/nginx.pid")

rss() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# nginx's resident memory: the master and its workers.
nginx_rss() {
    local total
    total=$(rss "$NGINX_MASTER")
    for w in $(pgrep -P "$NGINX_MASTER"); do total=$((total + $(rss "$w"))); done
    echo "$total"
}
SERVER_BEFORE=$(rss "$SERVER_PID") NGINX_BEFORE=$(nginx_rss)
echo "server on $UPSTREAM:// behind nginx (TLS) on 127.0.0.1:$PORT_NGINX; ssl_buffer_size ${SSL_BUFFER:-default}, proxy_buffer_size ${PROXY_BUFFER:-default}; $CLIENTS clients; $(uptime)"
echo "before: server RSS $SERVER_BEFORE KiB, nginx RSS $NGINX_BEFORE KiB"

# The tool prints "held ..." once every connection is subscribed and keeps
# them open through one fan-out round: read the memory then.
stdbuf -oL timeout 1800 "$BENCH" --url "wss://127.0.0.1:$PORT_NGINX" --ca "$WORK/srv/cert.pem" --password "$PASSWORD" \
    --connections "$CLIENTS" --rounds 1 > "$WORK/bench.log" 2>&1 &
BENCH_PID=$!
while kill -0 "$BENCH_PID" 2>/dev/null && ! grep -q '^held' "$WORK/bench.log"; do sleep 0.5; done
SERVER_HELD=$(rss "$SERVER_PID") NGINX_HELD=$(nginx_rss)
wait "$BENCH_PID" || true
cat "$WORK/bench.log"
HELD=$(sed -n 's/^held \([0-9]*\) of.*/\1/p' "$WORK/bench.log")
[ -n "$HELD" ] && [ "$HELD" -gt 0 ] || { echo "bench_nginx_memory: no connections held" >&2; exit 1; }
awk -v n="$HELD" -v s0="$SERVER_BEFORE" -v s1="$SERVER_HELD" -v g0="$NGINX_BEFORE" -v g1="$NGINX_HELD" 'BEGIN {
    s = (s1 - s0) / n; g = (g1 - g0) / n;
    printf "held %d: server RSS %.1f MiB (%.1f KiB per connection), nginx RSS %.1f MiB (%.1f KiB per connection)\n", n, s1 / 1024, s, g1 / 1024, g;
    printf "server + nginx: %.1f KiB per connection (target <= 64)\n", s + g }'
