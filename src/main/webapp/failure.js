import {el, view} from './dom.js';
import {closeStreams} from './events.js';

export function showFailure(message) {
    closeStreams();
    view.replaceChildren(el('p', {class: 'error', id: 'page-failure', role: 'alert'}, message),
        el('a', {href: '#/'}, 'Back to projects'));
}
