import {api} from './api.js';
import {badge, el, view} from './dom.js';
import {openStream} from './events.js';
import {showFailure} from './failure.js';
import {SessionPanel} from './session-panel.js';
import {shellWords} from './words.js';

export async function showPlanning(projectId) {
    const page = new PlanningPage(projectId);
    await page.load();
}

/* The progress line speaks of the milestone shown, as the phase list under it does. */
function progressOf(phases) {
    const plans = phases.flatMap(phase => phase.plans);
    return {
        phases_complete: phases.filter(phase => phase.status === 'complete').length,
        phases_total: phases.length,
        plans_with_summary: plans.filter(plan => plan.has_summary).length,
        plans_total: plans.length,
    };
}

class PlanningPage {
    constructor(projectId) {
        this.projectId = projectId;
        this.base = `projects/${projectId}`;
        this.activeSessionId = null;
        this.starting = false;
        this.session = null;
        this.milestone = null;
    }

    async load() {
        const [project, catalogue] = await Promise.all([api('GET', this.base), api('GET', 'planning/commands')]);
        this.project = project;
        this.error = el('p', {class: 'error', id: 'planning-error', role: 'alert'});
        this.agent = el('p', {id: 'agent-status', class: 'muted', role: 'status'}, 'Looking for the agent…');
        this.header = el('div', {class: 'project-head'});
        this.roadmap = el('section', {id: 'roadmap', 'aria-label': 'Roadmap'});
        this.palette = this.buildPalette(catalogue.commands);
        this.panel = new SessionPanel(this);
        view.replaceChildren(this.header, this.agent, this.error,
            el('div', {class: 'layout'}, el('div', {}, this.roadmap, this.palette), this.panel.element));
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
        const {sessions} = await api('GET', `${this.base}/sessions`);
        this.panel.list(sessions);
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
        [this.header, this.palette, this.roadmap]
            .flatMap(part => [...part.querySelectorAll('#initialize, #init-document, #palette button, #palette select, #palette input, .phase-actions button')])
            .forEach(control => control.disabled = blocked);
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
        const roadmap = await api('GET', `${this.base}/planning/roadmap`);
        const milestones = roadmap.milestones;
        if (!milestones.some(m => this.milestoneKey(m) === this.milestone)) {
            const current = milestones.find(m => !m.shipped) || milestones[milestones.length - 1];
            this.milestone = current ? this.milestoneKey(current) : null;
        }
        const selector = el('select', {id: 'milestone', 'aria-label': 'Milestone', onchange: event => {
            this.milestone = event.target.value;
            this.loadRoadmap();
        }}, milestones.map(m => el('option', {value: this.milestoneKey(m), selected: this.milestoneKey(m) === this.milestone},
            `${m.version || ''} ${m.name}${m.shipped ? ' (shipped)' : ''}`.trim() || 'Roadmap')));
        const shown = milestones.find(m => this.milestoneKey(m) === this.milestone);
        const p = progressOf(shown ? shown.phases : []);
        this.roadmap.replaceChildren(...[
            el('h2', {}, 'Roadmap'),
            milestones.length ? selector : el('p', {class: 'muted'}, 'No roadmap yet: initialize GRD planning or run a command.'),
            el('p', {id: 'progress'}, `${p.phases_complete} of ${p.phases_total} phases complete · ${p.plans_with_summary} of ${p.plans_total} plans done`),
            roadmap.warnings.map(warning => el('p', {class: 'error'}, warning)),
            (shown ? shown.phases : []).map(phase => this.renderPhase(phase))].flat());
        this.enableStarts();
    }

    milestoneKey(milestone) {
        return `${milestone.version || ''}|${milestone.name}`;
    }

    renderPhase(phase) {
        const invoke = command => this.run(() => api('POST', `${this.base}/planning/invoke`, {command, args: [phase.number]}));
        return el('div', {class: 'phase', 'data-phase': phase.number},
            el('div', {class: 'phase-title'}, `Phase ${phase.number}: ${phase.name}`, phase.inserted ? el('span', {class: 'muted'}, '(inserted)') : null,
                badge(phase.status)),
            phase.goal ? el('div', {class: 'muted'}, phase.goal) : null,
            phase.plans.length ? el('ul', {class: 'plans'}, phase.plans.map(plan =>
                el('li', {}, `${plan.number ? `${plan.number}: ` : ''}${plan.title || plan.file}${plan.has_summary ? ' ✓' : ''}`))) : null,
            el('div', {class: 'phase-actions'},
                el('button', {type: 'button', class: 'secondary', onclick: () => invoke('discuss-phase')}, 'Discuss'),
                el('button', {type: 'button', class: 'secondary', onclick: () => invoke('plan-phase')}, 'Plan'),
                el('button', {type: 'button', class: 'secondary', onclick: () => invoke('list-phase-assumptions')}, 'List assumptions')));
    }

    buildPalette(commands) {
        const groups = [...new Set(commands.map(c => c.group))];
        const select = el('select', {id: 'command'}, groups.map(group => el('optgroup', {label: group},
            commands.filter(c => c.group === group).map(c => el('option', {value: c.name}, c.name)))));
        const args = el('input', {type: 'text', id: 'command-args', 'aria-label': 'Arguments'});
        const about = el('p', {id: 'command-description', class: 'muted'});
        const hint = () => {
            const command = commands.find(c => c.name === select.value);
            args.placeholder = command.argument_hint || 'no arguments';
            about.replaceChildren(command.description || '',
                command.argument_hint ? el('code', {class: 'hint'}, ` /grd:${command.name} ${command.argument_hint}`) : '');
        };
        select.addEventListener('change', hint);
        hint();
        const form = el('form', {id: 'palette'},
            el('div', {class: 'palette-row'},
                el('div', {}, el('label', {for: 'command'}, 'Command'), select),
                el('div', {}, el('label', {for: 'command-args'}, 'Arguments'), args),
                el('button', {type: 'submit', id: 'run-command'}, 'Run')),
            about);
        form.addEventListener('submit', event => {
            event.preventDefault();
            let words;
            try {
                words = shellWords(args.value);
            } catch (error) {
                this.error.textContent = error.message;
                return;
            }
            this.run(() => api('POST', `${this.base}/planning/invoke`, {command: select.value, args: words}));
        });
        return el('section', {'aria-label': 'Commands'}, el('h2', {}, 'Commands'), form);
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
