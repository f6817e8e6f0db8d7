import {el, counted} from './dom.js';
import {markdownHtml} from './markdown.js';

/**
 * The readable transcript of an autonomous session, drawn from the server's structured events: what the agent says,
 * what its tools do (the full input a click away) and how each call went, and the run's outcome with any action its
 * permission mode refused.
 */
export class Transcript {
    constructor(container) {
        this.container = container;
        this.tools = new Map();
    }

    clear() {
        this.container.replaceChildren();
        this.tools.clear();
    }

    get handlers() {
        return {
            init: data => this.add(el('div', {class: 'entry meta'},
                `Claude Code ${data.version} · ${data.model} · permission mode ${data.permission_mode}`)),
            retry: data => this.add(el('div', {class: 'entry meta retry'},
                `The model's API answered ${data.error_status ?? ''} (${data.error}); retry ${data.attempt} of ${data.max_retries}`)),
            message: data => {
                const entry = el('div', {class: 'entry message'});
                entry.innerHTML = markdownHtml(data.text);
                this.add(entry);
            },
            thinking: data => this.add(el('details', {class: 'entry thinking'}, el('summary', {}, 'Thinking'),
                el('p', {}, data.text))),
            tool: data => this.tool(data),
            tool_result: data => this.toolResult(data),
            result: data => this.result(data),
        };
    }

    tool(data) {
        const state = el('span', {class: 'tool-state'}, '…');
        const entry = el('details', {class: 'entry tool', 'data-tool': data.name},
            el('summary', {}, el('span', {class: 'tool-summary'}, `⚙ ${data.summary}`), ' ', state),
            el('pre', {class: 'tool-input'}, JSON.stringify(data.input, null, 2)));
        this.tools.set(data.id, {entry, state});
        this.add(entry);
    }

    toolResult(data) {
        const call = this.tools.get(data.tool_use_id);
        if (!call) {
            return;
        }
        call.entry.classList.add(data.is_error ? 'error' : 'ok');
        call.state.textContent = data.is_error ? '✗ error' : '✓';
        call.entry.append(el('pre', {class: 'tool-output'}, data.text));
    }

    result(data) {
        const seconds = ((data.duration_ms || 0) / 1000).toFixed(1);
        this.add(el('div', {class: data.is_error ? 'entry result error' : 'entry result'},
            `${data.is_error ? 'Failed' : 'Done'}: ${data.text} · ${seconds} s · $${(data.total_cost_usd || 0).toFixed(2)} · ${counted(data.num_turns || 0, 'turn')}`));
        const denials = data.permission_denials || [];
        if (denials.length) {
            this.add(el('div', {class: 'entry denials', role: 'alert'},
                `The agent was refused ${counted(denials.length, 'action')}: `,
                denials.map(denial => `${denial.tool_name} ${denial.target}`).join(', '),
                '. Its permission mode (GRD_AGENT_PERMISSION_MODE) did not allow them, so the plan may be incomplete.'));
        }
    }

    add(entry) {
        this.container.append(entry);
        this.container.scrollTop = this.container.scrollHeight;
    }
}
