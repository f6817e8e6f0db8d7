import {api} from './api.js';
import {el} from './dom.js';
import {markdownHtml} from './markdown.js';

const listed = value => Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
const words = value => listed(value).map(item => typeof item === 'object' ? JSON.stringify(item) : String(item));

/* A plan's front matter as a planner reads it: how it runs, what it touches, and what must be true after it. */
function planHeader(front) {
    const facts = [
        front.wave !== undefined ? `Wave ${front.wave}` : null,
        front.depends_on !== undefined ? `Depends on ${words(front.depends_on).join(', ') || 'nothing'}` : null,
        front.autonomous !== undefined ? (front.autonomous ? 'Autonomous' : 'Needs a person') : null,
        front.type ? `Type ${front.type}` : null,
    ].filter(fact => fact);
    const musts = front.must_haves && typeof front.must_haves === 'object' ? front.must_haves : {};
    const mustItems = [
        ...words(musts.truths),
        ...listed(musts.artifacts).map(a => typeof a === 'object' ? `${a.path}${a.provides ? ` provides ${a.provides}` : ''}` : String(a)),
        ...listed(musts.key_links).map(k => typeof k === 'object' ? `${k.from} → ${k.to}${k.via ? ` via ${k.via}` : ''}` : String(k)),
    ];
    const shown = new Set(['wave', 'depends_on', 'autonomous', 'type', 'files_modified', 'must_haves']);
    const others = Object.entries(front).filter(([key]) => !shown.has(key));
    return el('div', {class: 'front-matter', id: 'document-front-matter'},
        facts.length ? el('p', {class: 'facts'}, facts.join(' · ')) : null,
        front.files_modified !== undefined ? el('p', {class: 'files'}, el('strong', {}, 'Files modified: '),
            words(front.files_modified).map(file => el('code', {}, file)).flatMap((code, i) => i ? [', ', code] : [code])) : null,
        mustItems.length ? el('div', {id: 'must-haves'}, el('strong', {}, 'Must-haves'),
            el('ul', {}, mustItems.map(item => el('li', {}, item)))) : null,
        others.length ? el('dl', {}, others.flatMap(([key, value]) =>
            [el('dt', {}, key), el('dd', {}, words(value).join(', '))])) : null);
}

/** The .planning/ documents of a project, opened one at a time in a dialog. */
export class Documents {
    constructor(base) {
        this.base = base;
        this.all = [];
        this.title = el('h2', {id: 'document-title'});
        this.siblings = el('nav', {class: 'siblings', 'aria-label': 'Documents of this phase'});
        this.body = el('div', {class: 'document-body', id: 'document-body'});
        this.header = el('div');
        this.dialog = el('dialog', {id: 'document-view', 'aria-labelledby': 'document-title'},
            el('div', {class: 'dialog-bar'}, this.title,
                el('button', {type: 'button', class: 'secondary', id: 'close-document', onclick: () => this.dialog.close()}, 'Close')),
            this.siblings, this.header, this.body);
    }

    async load() {
        const {documents} = await api('GET', `${this.base}/planning/documents`);
        this.all = documents;
        return documents;
    }

    ofPhase(phase) {
        return this.all.filter(document => document.phase === phase);
    }

    projectLevel() {
        return this.all.filter(document => document.phase === null);
    }

    link(document, label) {
        return el('button', {type: 'button', class: 'link', 'data-document': document.path,
            onclick: () => this.open(document.path)}, label || document.path.split('/').pop());
    }

    /** {@code path} is relative to .planning/; the roadmap names plans from the checkout, with .planning/ first. */
    async open(path) {
        const relative = path.replace(/^\.planning\//, '');
        const document = await api('GET', `${this.base}/planning/documents/${relative.split('/').map(encodeURIComponent).join('/')}`);
        const listedHere = this.all.find(item => item.path === relative);
        this.title.textContent = relative;
        this.siblings.replaceChildren(...(listedHere && listedHere.phase !== null ? this.ofPhase(listedHere.phase) : [])
            .filter(item => item.path !== relative).map(item => this.link(item, item.kind === 'plan'
                ? item.path.split('/').pop().replace(/\.md$/, '') : item.kind)));
        this.header.replaceChildren(Object.keys(document.front_matter).length ? planHeader(document.front_matter) : '');
        this.body.innerHTML = markdownHtml(document.markdown);
        if (!this.dialog.open) {
            this.dialog.showModal();
        }
    }
}
