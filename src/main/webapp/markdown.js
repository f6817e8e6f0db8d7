/* GRD's plans hold their sections in tags such as <objective>; they read as headings, a task's parts as paragraphs. */
const SECTIONS = new Set(['objective', 'context', 'execution_context', 'interfaces', 'tasks', 'verification',
    'success_criteria', 'output']);
const TASK_PARTS = new Set(['files', 'action', 'verify', 'done']);

const title = name => name.replace(/_/g, ' ').replace(/^./, first => first.toUpperCase());

function readable(tag, closing, name) {
    if (SECTIONS.has(name)) {
        return closing ? '\n' : `\n\n#### ${title(name)}\n\n`;
    }
    if (TASK_PARTS.has(name)) {
        return closing ? '\n' : `\n\n*${title(name)}:* `;
    }
    if (name === 'name') {
        return closing ? '</strong>\n' : '\n\n<strong>';
    }
    return name === 'task' ? '\n' : tag;
}

export function markdownHtml(markdown) {
    return DOMPurify.sanitize(marked.parse(markdown.replace(/<(\/?)([a-z_]+)(\s[^>]*)?>/g, readable)));
}
