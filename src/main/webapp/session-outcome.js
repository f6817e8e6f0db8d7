import {api} from './api.js';
import {counted, el} from './dom.js';

const money = usd => `$${usd.toFixed(usd < 1 ? 4 : 2)}`;
const duration = ms => ms < 60000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60000)} min ${Math.round(ms % 60000 / 1000)} s`;

/** Cost, turns and time as the agent reported them. */
export function spent(result) {
    return [result.total_cost_usd !== null && result.total_cost_usd !== undefined ? money(result.total_cost_usd) : null,
        result.num_turns !== null && result.num_turns !== undefined ? counted(result.num_turns, 'turn') : null,
        result.duration_ms !== null && result.duration_ms !== undefined ? duration(result.duration_ms) : null]
        .filter(part => part).join(' · ');
}

/**
 * What an ended session leaves: what it cost, the thread of replies it belongs to, what it changed in .planning/
 * (each change a diff or the new document away), and a box to answer it when it was an autonomous run.
 */
export class SessionOutcome {
    constructor(panel) {
        this.panel = panel;
        this.spent = el('p', {id: 'session-result', class: 'muted', hidden: true});
        this.thread = el('p', {id: 'session-thread', class: 'thread', hidden: true});
        this.changes = el('div', {id: 'session-changes', hidden: true});
        this.replyText = el('textarea', {id: 'reply-text', rows: 2, 'aria-label': 'Reply to the agent',
            placeholder: 'Answer the agent: your reply continues its conversation'});
        this.reply = el('form', {id: 'reply-form', class: 'reply', hidden: true, onsubmit: event => {
            event.preventDefault();
            this.send();
        }}, this.replyText, el('button', {type: 'submit', id: 'send-reply'}, 'Reply'));
        this.diffTitle = el('h2', {id: 'diff-title'});
        this.diffBody = el('pre', {id: 'diff', class: 'diff'});
        this.diff = el('dialog', {id: 'diff-view', 'aria-labelledby': 'diff-title'},
            el('div', {class: 'dialog-bar'}, this.diffTitle,
                el('button', {type: 'button', class: 'secondary', id: 'close-diff', onclick: () => this.diff.close()}, 'Close')),
            this.diffBody);
        this.top = [this.thread, this.spent];
        this.bottom = [this.changes, this.reply];
    }

    clear() {
        [...this.top, ...this.bottom].forEach(part => part.hidden = true);
        this.session = null;
    }

    async show(session, sessions) {
        this.session = session;
        const parent = sessions.find(other => other.id === session.parent_session_id);
        const answers = sessions.filter(other => other.parent_session_id === session.id);
        this.thread.replaceChildren(
            parent ? el('span', {}, 'Answers ', this.open(parent)) : '',
            parent && answers.length ? ' · ' : '',
            answers.length ? el('span', {}, 'Answered by ', answers.map(answer => this.open(answer))) : '');
        this.thread.hidden = !parent && !answers.length;
        this.spent.textContent = session.result ? spent(session.result) : '';
        this.spent.hidden = !this.spent.textContent;
        this.reply.hidden = session.status === 'active' || !session.result?.agent_session_id || answers.length > 0;
        this.changes.hidden = true;
        if (session.status !== 'active') {
            await this.listChanges(session);
        }
    }

    open(session) {
        return el('button', {type: 'button', class: 'link', 'data-session': session.id,
            onclick: () => this.panel.page.attach(session.id)}, (session.prompt || session.id).replace(/^\/grd:/, ''));
    }

    async listChanges(session) {
        let changes;
        try {
            changes = await api('GET', `${this.panel.page.base}/sessions/${session.id}/changes`);
        } catch (error) {
            return;
        }
        if (this.session !== session) {
            return;
        }
        const rows = [...changes.created.map(path => ['created', path]), ...changes.modified.map(path => ['modified', path]),
            ...changes.deleted.map(path => ['deleted', path])];
        this.changes.replaceChildren(el('h3', {}, rows.length ? `Changed in .planning/` : 'Nothing changed in .planning/'),
            el('ul', {class: 'changes'}, rows.map(([change, path]) => el('li', {class: change, 'data-path': path},
                el('span', {class: 'change'}, change), ' ',
                el('button', {type: 'button', class: 'link', onclick: () => this.showDiff(session.id, path)}, path),
                change === 'deleted' ? '' : el('button', {type: 'button', class: 'link open-document',
                    onclick: () => this.panel.page.documents.open(path)}, 'open')))));
        this.changes.hidden = false;
    }

    async showDiff(sessionId, path) {
        const diff = await api('GET', `${this.panel.page.base}/sessions/${sessionId}/changes/diff?path=${encodeURIComponent(path)}`);
        this.diffTitle.textContent = `${diff.change}: .planning/${path}`;
        this.diffBody.replaceChildren(...(diff.diff === null ? [diff.note] : diff.diff.split('\n').map(line =>
            el('span', {class: line.startsWith('+') && !line.startsWith('+++') ? 'add'
                : line.startsWith('-') && !line.startsWith('---') ? 'del' : line.startsWith('@@') ? 'hunk' : ''}, `${line}\n`))));
        if (!this.diff.open) {
            this.diff.showModal();
        }
    }

    async send() {
        const text = this.replyText.value.trim();
        if (!text) {
            return;
        }
        await this.panel.page.run(async () => {
            const started = await api('POST', `${this.panel.page.base}/sessions/${this.session.id}/reply`, {text});
            this.replyText.value = '';
            return started;
        });
    }

    enable(allowed) {
        this.reply.querySelectorAll('button, textarea').forEach(control => control.disabled = !allowed);
    }
}
