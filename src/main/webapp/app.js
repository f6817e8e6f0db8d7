import {el, badge} from './dom.js';
import {Transcript} from './transcript.js';
import {shellWords} from './words.js';

const view = document.getElementById('view');
const connection = document.getElementById('connection');
const streams = new Set();

class ApiError extends Error {
    constructor(status, body) {
        super(body.error || `Request failed with HTTP ${status}`);
        this.status = status;
        this.problems = body.errors || [{field: body.field, error: this.message}];
        this.body = body;
    }
}

/* The API token, when the server has one: asked for once per tab, sent as a header, never put in a URL. */
const tokenKey = 'grd-planner-token';
let tokenRequest = null;

function authorization() {
    const token = sessionStorage.getItem(tokenKey);
    return token ? {Authorization: `Bearer ${token}`} : {};
}

function askForToken(message) {
    if (!tokenRequest) {
        tokenRequest = new Promise(resolve => {
            const input = el('input', {type: 'password', id: 'api-token', autocomplete: 'current-password'});
            const form = el('form', {class: 'card', id: 'token-form'},
                el('h2', {}, 'This server needs its API token'),
                el('p', {class: 'error', role: 'alert'}, message),
                el('label', {for: 'api-token'}, 'API token (GRD_API_TOKEN)'), input,
                el('p', {}, el('button', {type: 'submit', id: 'save-token'}, 'Continue')));
            form.addEventListener('submit', event => {
                event.preventDefault();
                sessionStorage.setItem(tokenKey, input.value);
                form.remove();
                tokenRequest = null;
                resolve();
            });
            document.body.insertBefore(form, view);
            input.focus();
        });
    }
    return tokenRequest;
}

async function api(method, path, body) {
    for (;;) {
        const response = await fetch(`api/${path}`, {
            method,
            headers: {...authorization(), ...(body === undefined ? {} : {'Content-Type': 'application/json'})},
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        const json = text ? JSON.parse(text) : {};
        if (response.status === 401) {
            await askForToken(json.error);
            continue;
        }
        if (!response.ok) {
            throw new ApiError(response.status, json);
        }
        return json;
    }
}

/**
 * A server-sent event stream read with fetch, so that it can carry the token header. Like EventSource it resumes
 * after the last event id when the connection drops, and says so while it is reconnecting.
 */
class EventStream {
    constructor(url, handlers) {
        this.url = url;
        this.handlers = handlers;
        this.lastEventId = null;
        this.closed = false;
        streams.add(this);
        this.connect();
    }

    async connect() {
        while (!this.closed) {
            try {
                this.abort = new AbortController();
                const headers = {Accept: 'text/event-stream', ...authorization()};
                if (this.lastEventId !== null) {
                    headers['Last-Event-ID'] = this.lastEventId;
                }
                const response = await fetch(this.url, {headers, signal: this.abort.signal});
                if (response.status === 401) {
                    await askForToken((await response.json()).error);
                    continue;
                }
                if (response.status === 404) {
                    const {error} = await response.json();
                    this.close();
                    connection.textContent = '';
                    this.handlers.not_found?.(error);
                    return;
                }
                if (response.ok) {
                    connection.textContent = '';
                    await this.read(response.body.pipeThrough(new TextDecoderStream()).getReader());
                }
            } catch (error) {
                if (this.closed) {
                    return;
                }
            }
            if (!this.closed) {
                connection.textContent = 'reconnecting…';
                await new Promise(resume => setTimeout(resume, 1000));
            }
        }
    }

    async read(reader) {
        let buffer = '';
        for (;;) {
            const {value, done} = await reader.read();
            if (done || this.closed) {
                return;
            }
            buffer += value;
            let end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
                this.dispatch(buffer.substring(0, end));
                buffer = buffer.substring(end + 2);
            }
        }
    }

    dispatch(block) {
        let name = 'message';
        const data = [];
        for (const line of block.split('\n')) {
            if (line.startsWith('event:')) {
                name = line.substring(6).trim();
            } else if (line.startsWith('id:')) {
                this.lastEventId = line.substring(3).trim();
            } else if (line.startsWith('data:')) {
                data.push(line.substring(line.startsWith('data: ') ? 6 : 5));
            }
        }
        const handler = this.handlers[name];
        if (handler && data.length && !this.closed) {
            handler(JSON.parse(data.join('\n')));
        }
    }

    close() {
        this.closed = true;
        streams.delete(this);
        this.abort?.abort();
    }
}

function openStream(url, handlers) {
    return new EventStream(url, handlers);
}

function closeStreams() {
    [...streams].forEach(stream => stream.close());
    connection.textContent = '';
}

/* Projects page */

async function showProjects() {
    const list = el('tbody');
    const form = el('form', {class: 'card', id: 'create-project', novalidate: true},
        el('h2', {}, 'New project'),
        el('label', {for: 'project-name'}, 'Name'),
        el('input', {type: 'text', id: 'project-name', name: 'name', autocomplete: 'off'}),
        el('p', {class: 'field-error', 'data-field': 'name', role: 'alert'}),
        el('label', {for: 'project-path'}, 'Local path of the checkout'),
        el('input', {type: 'text', id: 'project-path', name: 'local_path', placeholder: '/home/me/src/project'}),
        el('p', {class: 'field-error', 'data-field': 'local_path', role: 'alert'}),
        el('label', {for: 'project-description'}, 'Description (optional)'),
        el('textarea', {id: 'project-description', name: 'description', rows: 2}),
        el('p', {class: 'field-error', 'data-field': 'description', role: 'alert'}),
        el('label', {}, el('input', {type: 'checkbox', id: 'project-auto-init'}), ' Initialize GRD planning now'),
        el('p', {class: 'form-error', role: 'alert'}),
        el('button', {type: 'submit', id: 'create-project-button'}, 'Create project'));
    const create = form.querySelector('#create-project-button');
    form.addEventListener('submit', async event => {
        event.preventDefault();
        form.querySelectorAll('.field-error, .form-error').forEach(p => p.textContent = '');
        create.disabled = true;
        try {
            await api('POST', 'projects', {
                name: form.querySelector('#project-name').value,
                local_path: form.querySelector('#project-path').value,
                description: form.querySelector('#project-description').value.trim() || null,
                auto_init: form.querySelector('#project-auto-init').checked,
            });
            form.reset();
            await fill();
        } catch (error) {
            for (const problem of error.problems || [{error: error.message}]) {
                const target = form.querySelector(`.field-error[data-field="${problem.field}"]`)
                    || form.querySelector('.form-error');
                target.textContent = [target.textContent, problem.error].filter(Boolean).join(' ');
            }
        } finally {
            create.disabled = false;
        }
    });
    const listError = el('p', {class: 'error', role: 'alert'});
    async function fill() {
        const {projects} = await api('GET', 'projects');
        list.replaceChildren(...projects.map(project => el('tr', {'data-project': project.id},
            el('td', {}, el('a', {href: `#/projects/${project.id}/planning`}, project.name),
                project.description ? el('div', {class: 'muted description'}, project.description) : ''),
            el('td', {class: 'muted'}, project.local_path),
            el('td', {}, badge(project.grd_init_status)),
            el('td', {}, el('button', {class: 'danger', type: 'button', onclick: async () => {
                if (confirm(`Delete project ${project.name}? Its checkout is left as it is.`)) {
                    try {
                        await api('DELETE', `projects/${project.id}`);
                        await fill();
                    } catch (error) {
                        listError.textContent = error.message;
                    }
                }
            }}, 'Delete')))));
        if (!projects.length) {
            list.append(el('tr', {}, el('td', {colspan: 4, class: 'muted'}, 'No projects yet.')));
        }
    }
    view.replaceChildren(
        el('h1', {}, 'Projects'),
        el('div', {class: 'layout'},
            el('section', {}, el('h2', {}, 'Your projects'), listError,
                el('table', {id: 'projects'}, el('thead', {}, el('tr', {},
                    el('th', {}, 'Name'), el('th', {}, 'Checkout'), el('th', {}, 'GRD'), el('th', {}, ''))), list)),
            form));
    await fill();
}

/* Planning page */

async function showPlanning(projectId) {
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

class SessionPanel {
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
        this.element = el('section', {id: 'session', 'aria-label': 'Session'},
            el('h2', {}, 'Session'),
            this.history,
            el('div', {class: 'session-bar'}, this.status, this.stop),
            this.reason,
            el('div', {class: 'tabs', role: 'tablist'}, this.transcriptTab, this.terminalTab),
            this.transcript, this.terminalBox);
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

    /** Every session of the project, newest first, to open any earlier one's transcript. */
    list(sessions) {
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
        if (this.sessionId === sessionId && session.failure_reason) {
            this.reason.textContent = session.failure_reason;
            this.reason.hidden = false;
        }
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

/* Routing: #/ and #/projects/{id}/planning survive a reload. */

async function route() {
    closeStreams();
    const planning = location.hash.match(/^#\/projects\/([^/]+)\/planning$/);
    try {
        if (planning) {
            await showPlanning(decodeURIComponent(planning[1]));
        } else {
            await showProjects();
        }
    } catch (error) {
        showFailure(error.message);
    }
    // a page shows its form before its data has loaded: keystrokes typed meanwhile must not lose their field
    if (!view.contains(document.activeElement)) {
        view.focus();
    }
}

function showFailure(message) {
    closeStreams();
    view.replaceChildren(el('p', {class: 'error', id: 'page-failure', role: 'alert'}, message),
        el('a', {href: '#/'}, 'Back to projects'));
}

window.addEventListener('hashchange', route);
route();
