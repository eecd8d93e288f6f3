import { Fragment } from 'react';
import { comboLabel, isApplePlatform, keyLabel, shortcutGroups, type KeyCombo } from './shortcuts';

function Combo({ combo }: { combo: KeyCombo }) {
  return (
    <span className="help-combo">
      {combo.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? ' + ' : null}
          <kbd>{keyLabel(key, isApplePlatform)}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** Every shortcut, grouped by where it works: the Help page and the "?" overlay both show this. */
export function ShortcutList({ headingLevel }: { headingLevel: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <div className="help-shortcuts">
      {shortcutGroups.map((group) => (
        <section key={group.id} aria-labelledby={`help-shortcuts-${group.id}`}>
          <Heading id={`help-shortcuts-${group.id}`} className="help-shortcuts-heading">
            {group.title}
          </Heading>
          {group.note ? <p className="help-note">{group.note}</p> : null}
          <dl className="help-shortcut-list">
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.id} className="help-shortcut">
                <dt>
                  {shortcut.combos.map((combo, index) => (
                    <Fragment key={comboLabel(combo, false)}>
                      {index > 0 ? <span className="help-or"> or </span> : null}
                      <Combo combo={combo} />
                    </Fragment>
                  ))}
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
