/**
 * The report's only script: a click, Enter or Space on a sentence (or on a link to one) shows its details
 * panel, copied from the sentence's inert `<template>`; Escape or the close button hides it.
 * It builds no markup from strings, so article text never becomes HTML.
 */
export const reportScript = `(() => {
  const panel = document.getElementById('panel');
  const body = document.getElementById('panel-body');
  let current = null;
  function show(sentence) {
    const template = document.getElementById(sentence.dataset.detail);
    if (!template) return;
    if (current) current.classList.remove('selected');
    current = sentence;
    sentence.classList.add('selected');
    body.replaceChildren(template.content.cloneNode(true));
    panel.hidden = false;
  }
  function hide() {
    panel.hidden = true;
    if (current) {
      current.classList.remove('selected');
      current.focus();
    }
    current = null;
  }
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('.close')) return hide();
    const link = target.closest('a[href^="#"]');
    const sentence = link
      ? document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)))
      : target.closest('[data-detail]');
    if (sentence && sentence.dataset.detail) {
      if (link) {
        event.preventDefault();
        sentence.scrollIntoView({ block: 'center' });
        sentence.focus({ preventScroll: true });
      }
      show(sentence);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) return hide();
    const target = event.target instanceof Element ? event.target : null;
    if ((event.key === 'Enter' || event.key === ' ') && target && target.dataset.detail) {
      event.preventDefault();
      show(target);
    }
  });
})();`;
