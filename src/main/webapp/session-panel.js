import {api} from './api.js';
import {badge, el} from './dom.js';
import {openStream} from './events.js';
import {SessionOutcome, spent} from './session-outcome.js';
import {Transcript} from './transcript.js';

export class SessionPanel {
    constructor(page) {
        this.page = page;
        this.status = el('span', {id: 'session-status', role: 'status'}, 'No session yet.');
        this.history = el('select', {id: 'session-history', 'aria-label': 'Sessions of this project', hidden: true,
            onchange: () => page.attach(this.history.value)});
        this.stop = el('button', {type: 'button', class: 'danger', id: 'stop-session', hidden: true}, 'Stop');
        this.reason = el('p', {class: 'error', id: 'session-reason', hidden: true});
        this.transcriptTab = el('button', {type: 'button', role: 'tab', id: 'tab-transcript', 'aria-selected': 'true'}, 'Transcript');
        this.terminalTab = el('button', {type: 'button', role: 'tab', id: 'tab-terminal', 'aria-selected': 'false'}, 'Terminal');
        this.transcript = el('div', {id: 'transcript', role: 'log', 'aria-live': 'polite'});
        this.readable = new Transcript(this.transcript);
        this.terminalBox = el('div', {id: 'terminal', hidden: true});
        this.transcriptTab.addEventListener('click', () => this.show('transcript'));
        this.terminalTab.addEventListener('click', () => this.show('terminal'));
        this.totals = el('p', {id: 'session-totals', class: 'muted', hidden: true});
        this.sessions = [];
        this.outcome = new SessionOutcome(this);
        this.element = el('section', {id: 'session', 'aria-label': 'Session'},
            el('h2', {}, 'Session'),
            this.history, this.totals,
            el('div', {class: 'session-bar'}, this.status, this.stop),
            this.outcome.top, this.reason,
            el('div', {class: 'tabs', role: 'tablist'}, this.transcriptTab, this.terminalTab),
            this.transcript, this.terminalBox, this.outcome.bottom, this.outcome.diff);
        this.terminal = new Terminal({convertEol: false, fontSize: 13, scrollback: 20000});
        this.fit = new FitAddon.FitAddon();
        this.terminal.loadAddon(this.fit);
        this.terminal.open(this.terminalBox);
        window.addEventListener('resize', () => this.resize());
    }

    show(which) {
        const terminal = which === 'terminal';
        this.terminalBox.hidden = !terminal;
        this.transcript.hidden = terminal;
        this.terminalTab.setAttribute('aria-selected', String(terminal));
        this.transcriptTab.setAttribute('aria-selected', String(!terminal));
        if (terminal) {
            this.resize();
            this.terminal.focus();
        }
    }

    resize() {
        if (this.terminalBox.hidden || !this.sessionId) {
            return;
        }
        this.fit.fit();
        if (this.running) {
            api('POST', `${this.page.base}/sessions/${this.sessionId}/resize`,
                {cols: this.terminal.cols, rows: this.terminal.rows}).catch(() => {});
        }
    }

    /** Every session of the project, newest first, to open any earlier one's transcript, and what they cost. */
    list(sessions, totals) {
        this.sessions = sessions;
        this.totals.textContent = totals && totals.num_turns ? `This project so far: ${spent(totals)}` : '';
        this.totals.hidden = !this.totals.textContent;
        this.history.replaceChildren(...sessions.map(session => el('option', {value: session.id},
            `${(session.prompt || session.command || session.id).replace(/^\/grd:/, '')} · ${session.status} · ${new Date(session.created_at).toLocaleString()}`)));
        this.history.value = this.sessionId;
        this.history.hidden = !sessions.length;
    }

    attach(sessionId) {
        this.sessionId = sessionId;
        this.history.value = sessionId;
        this.running = true;
        this.position = 0;
        this.terminal.reset();
        this.readable.clear();
        this.reason.hidden = true;
        this.outcome.clear();
        const shown = {status: 'running', label: sessionId, exit: ''};
        const render = () => {
            if (this.sessionId === sessionId) {
                this.status.replaceChildren(badge(shown.status), ` ${shown.label}${shown.exit}`);
            }
        };
        render();
        this.stop.hidden = false;
        this.stop.onclick = () => api('POST', `${this.page.base}/sessions/${sessionId}/stop`)
            .catch(error => this.page.error.textContent = error.message);
        this.input?.dispose();
        this.pendingInput = '';
        this.input = this.terminal.onData(data => {
            if (this.running) {
                this.pendingInput += data;
                this.sendInput(sessionId);
            }
        });
        api('GET', `${this.page.base}/sessions/${sessionId}`).then(session => {
            if (this.sessionId !== sessionId) {
                return;
            }
            this.show(session.execution_mode === 'interactive' ? 'terminal' : 'transcript');
            shown.label = session.prompt || session.command || sessionId;
            this.outcome.show(session, this.sessions);
            if (this.running) {
                this.stop.hidden = session.status !== 'active';
                shown.status = session.status === 'active' ? 'running' : session.status;
            }
            render();
        });
        const stream = openStream(`api/${this.page.base}/sessions/${sessionId}/stream`, {
            output: data => this.output(data),
            ...this.readable.handlers,
            complete: data => {
                this.running = false;
                this.stop.hidden = true;
                shown.status = data.status;
                shown.exit = data.exit_code === null || data.exit_code === undefined ? '' : ` · exit code ${data.exit_code}`;
                render();
                stream.close();
                this.page.refreshStatus();
                this.showReason(sessionId);
            },
        });
        return {id: sessionId, close: () => stream.close()};
    }

    /** Keystrokes go out one request at a time, batched while one is in flight, so they arrive in order. */
    sendInput(sessionId) {
        if (this.sendingInput || !this.pendingInput) {
            return;
        }
        const text = this.pendingInput;
        this.pendingInput = '';
        this.sendingInput = true;
        api('POST', `${this.page.base}/sessions/${sessionId}/input`, {text})
            .catch(error => this.page.error.textContent = error.message)
            .finally(() => {
                this.sendingInput = false;
                if (sessionId === this.sessionId) {
                    this.sendInput(sessionId);
                }
            });
    }

    async showReason(sessionId) {
        const session = await api('GET', `${this.page.base}/sessions/${sessionId}`);
        if (this.sessionId !== sessionId) {
            return;
        }
        if (session.failure_reason) {
            this.reason.textContent = session.failure_reason;
            this.reason.hidden = false;
        }
        this.outcome.show(session, this.sessions);
    }

    enableReply(allowed) {
        this.outcome.enable(allowed);
    }

    output(data) {
        const end = data.offset + new TextEncoder().encode(data.data).length;
        if (end <= this.position) {
            return;
        }
        this.terminal.write(data.data);
        this.position = end;
    }
}
