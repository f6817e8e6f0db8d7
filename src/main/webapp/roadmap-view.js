import {badge, el} from './dom.js';

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

const milestoneKey = milestone => `${milestone.version || ''}|${milestone.name}`;

/** The roadmap of one milestone at a time: its phases, their plans and documents, and a start for each step. */
export class RoadmapView {
    constructor(page) {
        this.page = page;
        this.milestone = null;
        this.element = el('section', {id: 'roadmap', 'aria-label': 'Roadmap'});
    }

    render(roadmap) {
        const milestones = roadmap.milestones;
        if (!milestones.some(m => milestoneKey(m) === this.milestone)) {
            const current = milestones.find(m => !m.shipped) || milestones[milestones.length - 1];
            this.milestone = current ? milestoneKey(current) : null;
        }
        const selector = el('select', {id: 'milestone', 'aria-label': 'Milestone', onchange: event => {
            this.milestone = event.target.value;
            this.render(roadmap);
            this.page.enableStarts();
        }}, milestones.map(m => el('option', {value: milestoneKey(m), selected: milestoneKey(m) === this.milestone},
            `${m.version || ''} ${m.name}${m.shipped ? ' (shipped)' : ''}`.trim() || 'Roadmap')));
        const shown = milestones.find(m => milestoneKey(m) === this.milestone);
        const p = progressOf(shown ? shown.phases : []);
        this.element.replaceChildren(...[
            el('h2', {}, 'Roadmap'),
            milestones.length ? selector : el('p', {class: 'muted'}, 'No roadmap yet: initialize GRD planning or run a command.'),
            el('p', {id: 'progress'}, `${p.phases_complete} of ${p.phases_total} phases complete · ${p.plans_with_summary} of ${p.plans_total} plans done`),
            roadmap.warnings.map(warning => el('p', {class: 'error'}, warning)),
            (shown ? shown.phases : []).map(phase => this.phase(phase))].flat());
    }

    phase(phase) {
        const documents = this.page.documents;
        const invoke = command => this.page.run(() => this.page.invoke(command, [phase.number]));
        const planFiles = new Set(phase.plans.map(plan => plan.file.replace(/^\.planning\//, '')));
        const others = documents.ofPhase(phase.number).filter(document => !planFiles.has(document.path));
        return el('div', {class: 'phase', 'data-phase': phase.number},
            el('div', {class: 'phase-title'}, `Phase ${phase.number}: ${phase.name}`,
                phase.inserted ? el('span', {class: 'muted'}, '(inserted)') : null, badge(phase.status)),
            phase.goal ? el('div', {class: 'muted'}, phase.goal) : null,
            phase.depends_on ? el('div', {class: 'muted depends'}, `Depends on ${phase.depends_on}`) : null,
            phase.plans.length ? el('ul', {class: 'plans'}, phase.plans.map(plan => el('li', {},
                el('button', {type: 'button', class: 'link', 'data-document': plan.file.replace(/^\.planning\//, ''),
                    onclick: () => documents.open(plan.file)},
                `${plan.number ? `${plan.number}: ` : ''}${plan.title || plan.file.split('/').pop()}`),
                plan.has_summary ? ' ✓' : ''))) : null,
            others.length ? el('div', {class: 'phase-documents'}, others.map(document => documents.link(document, document.kind))) : null,
            el('div', {class: 'phase-actions'},
                el('button', {type: 'button', class: 'secondary', onclick: () => invoke('discuss-phase')}, 'Discuss'),
                el('button', {type: 'button', class: 'secondary', onclick: () => invoke('plan-phase')}, 'Plan'),
                el('button', {type: 'button', class: 'secondary', onclick: () => invoke('list-phase-assumptions')}, 'List assumptions')));
    }
}
