import {view} from './dom.js';
import {closeStreams} from './events.js';
import {showFailure} from './failure.js';
import {showPlanning} from './planning-page.js';
import {showProjects} from './projects-page.js';

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


window.addEventListener('hashchange', route);
route();
