#!/usr/bin/env bash
# Records the README's tour: runs the real REPL in tmux with a fresh store, types the
# tour's lines, and prints the screen. Usage: Scripts/tour.sh [binary] > tour.txt
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/ecovol}
home=$(mktemp -d)
socket="ecovol-tour-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$home"' EXIT
lines=(
  "垃圾被车混着拉走，还有必要分类吗"
  "/schedule title=社区垃圾分类讲座 type=lecture start=\"12月5日 上午9点半\" duration=2h city=贵阳 county=南明区 venue=花果园社区服务中心 audience=community capacity=30"
  "/log {id} 张三 李四"
  "/done {id} reached=46 rating=5"
  "/person 张三"
  "/outline audience=village minutes=20 topic=waste"
  "/quit"
)
tmux -L "$socket" -f /dev/null new-session -d -s tour -x 110 -y 300 \
  "env -i HOME=$home ECOVOL_STORE=$home/store LANG=C.UTF-8 TERM=xterm-256color PATH=/usr/bin:/bin $binary --lang zh --no-pager --no-color; sleep 30"
wait_prompt() {
  for _ in $(seq 200); do
    last=$(tmux -L "$socket" capture-pane -p -t tour | grep -v '^$' | tail -1 || true)
    [ "$last" = "生态志愿:store>" ] && return 0
    sleep 0.05
  done
}
wait_prompt
id=""
for line in "${lines[@]}"; do
  line=${line//\{id\}/$id}
  tmux -L "$socket" send-keys -t tour -l "$line"
  tmux -L "$socket" send-keys -t tour Enter
  sleep 0.3
  [ "$line" = "/quit" ] || wait_prompt || true
  # The session id /schedule printed, for the lines that follow.
  [ -n "$id" ] || id=$(tmux -L "$socket" capture-pane -p -t tour -S - | grep -oE '^编号 +s[a-z0-9]{7}' | head -1 | awk '{print $2}' || true)
done
tmux -L "$socket" capture-pane -p -t tour -S - | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
