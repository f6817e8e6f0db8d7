import {api} from './api.js';
import {CommandForm} from './command-form.js';
import {Documents} from './documents.js';
import {badge, el, view} from './dom.js';
import {openStream} from './events.js';
import {showFailure} from './failure.js';
import {renderOverview} from './overview.js';
import {RoadmapView} from './roadmap-view.js';
import {SessionPanel} from './session-panel.js';

export async function showPlanning(projectId) {
    const page = new PlanningPage(projectId);
    await page.load();
}

class PlanningPage {
    constructor(projectId) {
        this.projectId = projectId;
        this.base = `projects/${projectId}`;
        this.activeSessionId = null;
        this.starting = false;
        this.session = null;
    }

    async load() {
        const [project, catalogue] = await Promise.all([api('GET', this.base), api('GET', 'planning/commands')]);
        this.project = project;
        this.error = el('p', {class: 'error', id: 'planning-error', role: 'alert'});
        this.agent = el('p', {id: 'agent-status', class: 'muted', role: 'status'}, 'Looking for the agent…');
        this.header = el('div', {class: 'project-head'});
        this.overview = el('section', {id: 'overview', 'aria-label': 'Overview', hidden: true});
        this.documents = new Documents(this.base);
        this.roadmap = new RoadmapView(this);
        this.palette = new CommandForm(catalogue.commands, (command, args) => this.run(() => this.invoke(command, args)));
        this.panel = new SessionPanel(this);
        view.replaceChildren(this.header, this.agent, this.error,
            el('div', {class: 'layout'}, el('div', {}, this.overview, this.roadmap.element, this.palette.element),
                this.panel.element), this.documents.dialog);
        this.renderHeader();
        this.events = openStream(`api/${this.base}/events`, {
            session_started: data => {
                this.attach(data.session_id);
                this.loadSessions();
            },
            session_ended: () => {
                this.refreshStatus();
                this.loadSessions();
            },
            init_status_changed: data => {
                this.project.grd_init_status = data.grd_init_status;
                this.project.grd_init_reason = data.grd_init_reason;
                this.renderHeader();
            },
            roadmap_changed: () => this.loadRoadmap(),
            project_deleted: () => showFailure(`Project ${this.project.name} was deleted.`),
            not_found: showFailure,
        });
        this.loadAgent();
        const [sessions] = await Promise.all([this.loadSessions(), this.loadRoadmap(), this.refreshStatus()]);
        if (!this.session && sessions.length) {
            this.attach(sessions[0].id);
        }
    }

    /* What runs the commands, and what is missing, before anyone runs one. */
    async loadAgent() {
        const agent = await api('GET', 'planning/agent');
        const found = agent.found ? `Agent ${agent.version || agent.command} at ${agent.path}` : null;
        const grd = agent.grd_installed ? `GRD ${agent.grd_version || ''} (${agent.grd_plugin})` : null;
        this.agent.className = agent.problems.length ? 'error' : 'muted';
        this.agent.textContent = [found, grd, `autonomous permission mode ${agent.permission_mode}`]
            .concat(agent.problems).filter(part => part).join(' · ');
    }

    async loadSessions() {
        const {sessions, totals} = await api('GET', `${this.base}/sessions`);
        this.panel.list(sessions, totals);
        return sessions;
    }

    renderHeader() {
        const status = this.project.grd_init_status;
        const documentField = el('input', {type: 'text', id: 'init-document', 'aria-label': 'Document to initialize from',
            placeholder: 'document, e.g. docs/IDEA.md (default: README)', value: this.initDocument || null,
            oninput: event => this.initDocument = event.target.value});
        const initialize = ['none', 'failed'].includes(status)
            ? el('form', {id: 'init-form', class: 'init-form', onsubmit: event => {
                event.preventDefault();
                const named = documentField.value.trim();
                this.run(() => api('POST', `${this.base}/planning/init`, named ? {document: named} : undefined));
            }}, documentField, el('button', {id: 'initialize', type: 'submit'}, 'Initialize'))
            : null;
        const reason = this.project.grd_init_reason
            ? el('p', {id: 'init-reason', class: status === 'failed' ? 'error description' : 'muted description'},
                this.project.grd_init_reason)
            : null;
        this.header.replaceChildren(...[
            el('h1', {id: 'project-title'}, this.project.name),
            badge(status, 'init-status'),
            el('span', {class: 'muted', id: 'project-path'}, this.project.local_path),
            initialize,
            reason,
            this.project.description ? el('p', {class: 'muted description', id: 'project-summary'},
                this.project.description) : null].filter(part => part));
        this.enableStarts();
    }

    /* One start at a time: a second click while the first is on its way would be refused as a second session. */
    enableStarts() {
        const blocked = this.starting || !!this.activeSessionId;
        [this.header, this.roadmap.element]
            .flatMap(part => [...part.querySelectorAll('#initialize, #init-document, .phase-actions button')])
            .forEach(control => control.disabled = blocked);
        this.palette.disabled = blocked;
        this.panel.enableReply(!blocked);
    }

    invoke(command, args) {
        return api('POST', `${this.base}/planning/invoke`, {command, args});
    }

    async refreshStatus() {
        const status = await api('GET', `${this.base}/planning/status`);
        this.activeSessionId = status.active_session_id;
        this.project.grd_init_status = status.grd_init_status;
        this.renderHeader();
        if (this.activeSessionId && (!this.session || this.session.id !== this.activeSessionId)) {
            this.attach(this.activeSessionId);
        }
    }

    async loadRoadmap() {
        const [roadmap] = await Promise.all([api('GET', `${this.base}/planning/roadmap`), this.documents.load()]);
        this.roadmap.render(roadmap);
        this.palette.offerPhases(roadmap.milestones.flatMap(milestone => milestone.phases));
        await renderOverview(this.overview, this.base, roadmap.milestones, this.documents);
        this.enableStarts();
    }

    async run(call) {
        this.error.textContent = '';
        this.starting = true;
        this.enableStarts();
        try {
            const started = await call();
            if (started.session_id) {
                this.attach(started.session_id);
            }
            await this.refreshStatus();
        } catch (error) {
            this.error.textContent = error.message;
        } finally {
            this.starting = false;
            this.enableStarts();
        }
    }

    attach(sessionId) {
        if (this.session && this.session.id === sessionId) {
            return;
        }
        this.session?.close();
        this.session = this.panel.attach(sessionId);
    }
}
