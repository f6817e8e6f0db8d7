import {el} from './dom.js';
import {shellQuote, shellWords} from './words.js';

const FLAG = /^\[?(--[a-z][a-z-]*)\]?$/;
const VALUE = /^(\[?)([A-Z]+|@[\w.-]+)\]?$/;

/**
 * A command's arguments as fields, read from what GRD says it takes: a phase picked from the roadmap where the
 * command starts with a phase number, each --flag a checkbox (or a field when it takes a value), the rest as text.
 * The fields write the argument line, which stays editable and is what runs.
 */
function fieldsOf(command) {
    const tokens = (command.argument_hint || '').replace(/[|]/g, ' ').split(/\s+/).filter(token => token);
    const flags = [];
    const rest = [];
    for (let i = 0; i < tokens.length; i++) {
        const flag = tokens[i].match(FLAG);
        if (flag) {
            const value = tokens[i + 1]?.match(VALUE);
            flags.push({name: flag[1], value: value ? value[2] : null});
            i += value ? 1 : 0;
        } else {
            rest.push(tokens[i]);
        }
    }
    const text = rest.join(' ').replace(/[[\]<>]/g, '').replace(/^(after )?phase number\s*/, '').trim();
    return {phase: command.phase_argument, text: command.phase_argument && !text ? null : text || null, flags};
}

export class CommandForm {
    constructor(commands, onRun) {
        this.commands = commands;
        this.phases = [];
        const groups = [...new Set(commands.map(c => c.group))];
        this.select = el('select', {id: 'command'}, groups.map(group => el('optgroup', {label: group},
            commands.filter(c => c.group === group).map(c => el('option', {value: c.name}, c.name)))));
        this.args = el('input', {type: 'text', id: 'command-args', 'aria-label': 'Arguments'});
        this.about = el('p', {id: 'command-description', class: 'muted'});
        this.fields = el('div', {id: 'command-fields', class: 'command-fields'});
        this.error = el('p', {class: 'error', role: 'alert'});
        this.select.addEventListener('change', () => this.describe());
        const form = el('form', {id: 'palette'},
            el('div', {class: 'palette-row'},
                el('div', {}, el('label', {for: 'command'}, 'Command'), this.select),
                el('div', {}, el('label', {for: 'command-args'}, 'Arguments'), this.args),
                el('button', {type: 'submit', id: 'run-command'}, 'Run')),
            this.about, this.fields, this.error);
        form.addEventListener('submit', event => {
            event.preventDefault();
            this.error.textContent = '';
            try {
                onRun(this.select.value, shellWords(this.args.value));
            } catch (error) {
                this.error.textContent = error.message;
            }
        });
        this.element = el('section', {'aria-label': 'Commands'}, el('h2', {}, 'Commands'), form);
        this.describe();
    }

    /** The roadmap's phases, offered wherever a command takes a phase number. */
    offerPhases(phases) {
        this.phases = phases;
        this.describe();
    }

    describe() {
        const command = this.commands.find(c => c.name === this.select.value);
        this.args.placeholder = command.argument_hint || 'no arguments';
        this.about.replaceChildren(command.description || '',
            command.argument_hint ? el('code', {class: 'hint'}, ` /grd:${command.name} ${command.argument_hint}`) : '');
        const shape = fieldsOf(command);
        const controls = [];
        if (shape.phase) {
            controls.push(el('label', {}, 'Phase', el('select', {'data-field': 'phase'}, el('option', {value: ''}, '(choose)'),
                this.phases.map(phase => el('option', {value: phase.number}, `${phase.number}: ${phase.name}`)))));
        }
        if (shape.text) {
            controls.push(el('label', {}, shape.text, el('input', {type: 'text', 'data-field': 'text'})));
        }
        shape.flags.forEach(flag => controls.push(flag.value
            ? el('label', {}, flag.name, el('input', {type: 'text', 'data-flag': flag.name, placeholder: flag.value}))
            : el('label', {class: 'flag'}, el('input', {type: 'checkbox', 'data-flag': flag.name}), ` ${flag.name}`)));
        controls.forEach(control => control.addEventListener('input', () => this.writeLine()));
        this.fields.replaceChildren(...controls);
    }

    writeLine() {
        const value = selector => this.fields.querySelector(selector)?.value.trim() || '';
        const words = [value('[data-field=phase]'), value('[data-field=text]')].filter(word => word);
        this.fields.querySelectorAll('[data-flag]').forEach(input => {
            if (input.type === 'checkbox' ? input.checked : input.value.trim()) {
                words.push(input.dataset.flag, ...(input.type === 'checkbox' ? [] : [input.value.trim()]));
            }
        });
        this.args.value = words.map(shellQuote).join(' ');
    }

    set disabled(blocked) {
        this.element.querySelectorAll('button, select, input').forEach(control => control.disabled = blocked);
    }
}
