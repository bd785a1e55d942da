(function () {
  'use strict';
  var selected = null;
  var status = document.getElementById('status');

  function marksOf(id) {
    return document.querySelectorAll('mark[data-entity="' + CSS.escape(id) + '"]');
  }

  function clear() {
    document.querySelectorAll('mark.selected').forEach(function (m) { m.classList.remove('selected'); });
    document.querySelectorAll('.entity.open').forEach(function (e) {
      e.classList.remove('open');
      e.setAttribute('aria-expanded', 'false');
    });
  }

  function select(id, fromText) {
    clear();
    if (id === selected && !fromText) {
      selected = null;
      status.textContent = 'Click an entity or a name to see all its mentions.';
      return;
    }
    selected = id;
    var entity = document.getElementById('entity-' + id);
    var marks = marksOf(id);
    marks.forEach(function (m) { m.classList.add('selected'); });
    var articles = new Set();
    marks.forEach(function (m) { articles.add(m.closest('article').id); });
    if (entity) {
      entity.classList.add('open');
      entity.setAttribute('aria-expanded', 'true');
      if (fromText) {
        entity.scrollIntoView({block: 'nearest'});
      }
      status.replaceChildren();
      var name = document.createElement('strong');
      name.textContent = entity.querySelector('.name').textContent;
      status.append(name, ': ' + marks.length + (marks.length === 1 ? ' mention' : ' mentions') + ' in '
          + articles.size + (articles.size === 1 ? ' article' : ' articles'));
    }
    if (marks.length > 0 && !fromText) {
      marks[0].scrollIntoView({block: 'center'});
    }
  }

  document.querySelector('.entity-list').addEventListener('click', function (event) {
    if (event.target.closest('a')) {
      return; // a link to an article
    }
    var entity = event.target.closest('.entity');
    if (entity) {
      select(entity.dataset.entity, false);
    }
  });
  document.querySelector('.entity-list').addEventListener('keydown', function (event) {
    var entity = event.target.closest('.entity');
    if (entity && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(entity.dataset.entity, false);
    }
  });
  document.getElementById('articles').addEventListener('click', function (event) {
    var mark = event.target.closest('mark[data-entity]');
    if (mark) {
      select(mark.dataset.entity, true);
    }
  });
  document.getElementById('filter').addEventListener('input', function (event) {
    var query = event.target.value.trim().toLowerCase();
    document.querySelectorAll('.entity').forEach(function (e) {
      e.classList.toggle('hidden', query !== '' && e.dataset.names.indexOf(query) < 0);
    });
  });
}());
