export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (name.startsWith('on')) {
            element.addEventListener(name.substring(2), value);
        } else if (value !== false && value !== null && value !== undefined) {
            element.setAttribute(name, value === true ? '' : value);
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined) {
            element.append(child instanceof Node ? child : String(child));
        }
    }
    return element;
}

export const counted = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const badge = (status, id) => el('span', {class: `badge ${status}`, id}, status.replace('_', ' '));

export const view = document.getElementById('view');
