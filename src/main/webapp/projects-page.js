import {api} from './api.js';
import {badge, el, view} from './dom.js';

export async function showProjects() {
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
