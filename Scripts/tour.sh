#!/usr/bin/env bash
# Records the README's tour as a person meets it: an interactive shell with job control
# (bash -i) in tmux, ecovol typed at its prompt with a fresh store, the tour's lines typed
# one by one; a long answer goes through the pager, paged with Space and left with q.
# Prints the whole screen history. Usage: Scripts/tour.sh [binary] > tour.txt
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/ecovol}
home=$(mktemp -d)
socket="ecovol-tour-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; sleep 0.2; rm -rf "$home" 2>/dev/null || true' EXIT
lines=(
  "垃圾被车混着拉走，还有必要分类吗"
  "/schedule title=社区垃圾分类讲座 type=lecture start=\"2026-11-28 09:30\" duration=2h city=贵阳 county=南明区 venue=花果园社区服务中心 audience=community capacity=30"
  "/log {id} 张三 李四"
  "/done {id} reached=46 rating=5"
  "/person 张三"
  "/outline audience=village minutes=20 topic=waste"
  "/quit"
)
bindir=$(cd "$(dirname "$binary")" && pwd)
tmux -L "$socket" -f /dev/null start-server \; set-option -g history-limit 5000 \; new-session -d -s tour -x 110 -y 30 \
  "env -i HOME=$home ECOVOL_STORE=$home/store LANG=C.UTF-8 TERM=xterm-256color NO_COLOR=1 PATH=$bindir:/usr/bin:/bin PS1='$ ' bash --norc --noprofile -i"
last_line() { tmux -L "$socket" capture-pane -p -t tour | grep -v '^$' | tail -1 || true; }
for _ in $(seq 100); do [ "$(last_line)" = "$" ] && break; sleep 0.05; done
tmux -L "$socket" send-keys -t tour -l "$(basename "$binary") --lang zh"
tmux -L "$socket" send-keys -t tour Enter
wait_prompt() {
  for _ in $(seq 400); do
    last=$(last_line)
    [ "$last" = "生态志愿:store>" ] && return 0
    # The pager: page to the end with Space, then leave it with q.
    case "$last" in
      "(END)") tmux -L "$socket" send-keys -t tour q ;;
      :*) tmux -L "$socket" send-keys -t tour Space ;;
    esac
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
  if [ "$line" = "/quit" ]; then sleep 0.5; else wait_prompt || true; fi
  # The session id /schedule printed, for the lines that follow.
  [ -n "$id" ] || id=$(tmux -L "$socket" capture-pane -p -t tour -S - | grep -oE '^编号 +s[a-z0-9]{7}' | head -1 | awk '{print $2}' || true)
done
tmux -L "$socket" capture-pane -p -t tour -S - | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
