import {api} from './api.js';
import {el} from './dom.js';

/** The paragraph under a markdown heading, as plain text. */
function section(markdown, heading) {
    const start = markdown.search(new RegExp(`^##\\s+${heading}\\s*$`, 'mi'));
    if (start < 0) {
        return null;
    }
    const rest = markdown.substring(start).split('\n').slice(1).join('\n');
    const end = rest.search(/^##\s/m);
    return (end < 0 ? rest : rest.substring(0, end)).replace(/<!--[\s\S]*?-->/g, '').trim();
}

/* STATE.md's "Current Position": Phase, Plan, Status and Last activity lines. */
function position(state) {
    const lines = (section(state, 'Current Position') || '').split('\n');
    return ['Phase', 'Plan', 'Status', 'Last activity']
        .map(key => [key, lines.find(line => line.startsWith(`${key}:`))?.substring(key.length + 1).trim()])
        .filter(([, value]) => value);
}

async function text(base, path) {
    try {
        return (await api('GET', `${base}/planning/documents/${path}`)).markdown;
    } catch (error) {
        return null;
    }
}

/**
 * Where the project stands: what it is (PROJECT.md), where work is (STATE.md) and how far each milestone has come,
 * each line a way into the document it comes from.
 */
export async function renderOverview(container, base, milestones, documents) {
    const names = new Set(documents.projectLevel().map(document => document.path));
    const [project, state] = await Promise.all([
        names.has('PROJECT.md') ? text(base, 'PROJECT.md') : null,
        names.has('STATE.md') ? text(base, 'STATE.md') : null]);
    const what = project && (section(project, 'What This Is') || section(project, 'Core Value'));
    const here = state ? position(state) : [];
    container.replaceChildren(
        el('h2', {}, 'Overview'),
        what ? el('p', {id: 'project-what'}, what) : null,
        here.length ? el('dl', {id: 'position', class: 'position'},
            here.flatMap(([key, value]) => [el('dt', {}, key), el('dd', {}, value)])) : null,
        el('div', {id: 'milestone-progress'}, milestones.map(milestone => {
            const done = milestone.phases.filter(phase => phase.status === 'complete').length;
            const label = `${milestone.version || ''} ${milestone.name}`.trim();
            return el('div', {class: 'milestone-bar'},
                el('span', {}, `${label}: ${done} of ${milestone.phases.length} phases`),
                el('progress', {max: Math.max(milestone.phases.length, 1), value: done, 'aria-label': `${label} progress`}));
        })),
        el('nav', {id: 'project-documents', 'aria-label': 'Project documents'},
            documents.projectLevel().map(document => documents.link(document, document.path.replace(/\.md$/, '')))));
    container.hidden = !what && !here.length && !milestones.length && !names.size;
}
