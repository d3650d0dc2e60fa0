#!/bin/bash
# Cross-instance delivery through nginx (issue 18's fourth figure; results in
# docs/performance.md): a throwaway PostgreSQL, two supernova-server instances
# on it, Debian's nginx in front (TLS, least_conn, as docs/deployment.md
# configures it), then bench_server_load through nginx: CLIENTS subscribers
# split over the two instances, one writer, ROUNDS events; deliveries are
# reported separately for subscribers on the other instance than the writer.
# Everything listens on 127.0.0.1 and is stopped on exit.
#   tests/benchmarks/server/bench_scaleout.sh [BUILD_DIR] [CLIENTS] [ROUNDS]
# UPSTREAM=ws runs the instances on plain ws:// (insecure_loopback, nginx on
# the same host) so only nginx does TLS; the default keeps them on wss://.
set -eu
UPSTREAM=${UPSTREAM:-wss}
SRC=$(cd "$(dirname "$0")/../../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
CLIENTS=${2:-1000}
ROUNDS=${3:-20}
SERVER=$BUILD/app/server/supernova-server
BENCH=$BUILD/benchmarks/bench_server_load
for f in "$SERVER" "$BENCH" /usr/sbin/nginx; do
    [ -x "$f" ] || { echo "bench_scaleout: $f is missing (build supernova-server and bench_server_load; apt-get install nginx)" >&2; exit 1; }
done
BASE=$((20000 + RANDOM % 20000))
PORT_A=$BASE PORT_B=$((BASE + 10)) PORT_NGINX=$((BASE + 20)) PORT_PG=$((BASE + 30))
WORK=$(mktemp -d "${TMPDIR:-/tmp}/supernova-scaleout.XXXXXX")
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    "$SRC/tests/fixtures/pg_fixture_stop.sh" "$WORK/pg" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
ulimit -n "$(ulimit -Hn)"

"$SRC/tests/fixtures/pg_fixture_start.sh" "$WORK/pg" "$PORT_PG" supernova_bench >/dev/null
DB="postgresql://postgres@127.0.0.1:$PORT_PG/supernova_bench"
INIT=$("$SERVER" init "$WORK/srv" --listen 127.0.0.1 --port "$PORT_A" --database "$DB")
PASSWORD=$(echo "$INIT" | sed -n 's/^one-time password[^:]*: *//p' | head -1)
[ -n "$PASSWORD" ] || { echo "bench_scaleout: init printed no password" >&2; exit 1; }
# The load is the point: lift the per-connection message limit; nginx is the
# only proxy.
sed -i 's/^\[server\]$/[server]\ntrusted_proxies = 127.0.0.1/' "$WORK/srv/server.ini"
printf '\n[limits]\nmessages_per_second = 100000\nmessage_burst = 100000\n' >> "$WORK/srv/server.ini"

export QT_NO_GLIB=1 SUPERNOVA_SERVER_LOG_LEVEL=warn
INSECURE="" PROXY_SCHEME=https
if [ "$UPSTREAM" = ws ]; then
    INSECURE="--insecure-loopback --listen 127.0.0.1" PROXY_SCHEME=http
fi
SUPERNOVA_SERVER_SERVER_NAME=instance-a SUPERNOVA_SERVER_OPS_PORT=$((PORT_A + 1)) \
    "$SERVER" --config "$WORK/srv/server.ini" serve --port "$PORT_A" $INSECURE >"$WORK/a.log" 2>&1 &
PIDS+=($!)
SUPERNOVA_SERVER_SERVER_NAME=instance-b SUPERNOVA_SERVER_OPS_PORT=$((PORT_B + 1)) \
    "$SERVER" --config "$WORK/srv/server.ini" serve --port "$PORT_B" $INSECURE >"$WORK/b.log" 2>&1 &
PIDS+=($!)

mkdir -p "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 1;
worker_rlimit_nofile 20000;
daemon off;
pid $WORK/nginx/nginx.pid;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  upstream supernova { least_conn; server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; }
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:$PORT_NGINX ssl;
    ssl_certificate $WORK/srv/cert.pem;
    ssl_certificate_key $WORK/srv/key.pem;
    ssl_protocols TLSv1.2 TLSv1.3;
    location / {
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
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT_NGINX") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$PORT_A") 2>/dev/null \
        && (exec 3<>"/dev/tcp/127.0.0.1/$PORT_B") 2>/dev/null && break
    sleep 0.2
done
echo "two instances ($UPSTREAM upstream) on PostgreSQL 127.0.0.1:$PORT_PG behind nginx on 127.0.0.1:$PORT_NGINX; $CLIENTS clients, $ROUNDS rounds; $(uptime)"
timeout 900 "$BENCH" --url "wss://127.0.0.1:$PORT_NGINX" --ca "$WORK/srv/cert.pem" --password "$PASSWORD" \
    --connections "$CLIENTS" --rounds "$ROUNDS"
