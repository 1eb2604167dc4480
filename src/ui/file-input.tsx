import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A file field in the app's language. The browser draws its own file button in the browser's
 * language ("Choose Files" in a Dutch page); here the native input lies, invisible, over a button
 * and a line that say it in the page's language. The input keeps its label, focus and keyboard,
 * so assistive technology and tests meet the real control.
 */
export function FileInput({
  onChange,
  showChosen = true,
  ...props
}: Omit<ComponentProps<'input'>, 'type'> & {
  /** False where the page itself already says which files were chosen. */
  readonly showChosen?: boolean;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  return (
    <span className="file-input">
      <span className="file-input__button" aria-hidden="true">
        {t(props.multiple ? 'common.file.chooseMany' : 'common.file.choose')}
      </span>
      {showChosen ? (
        <span className="file-input__chosen" aria-hidden="true">
          {chosen.length === 0 ? t('common.file.none') : chosen.join(', ')}
        </span>
      ) : null}
      <input
        {...props}
        type="file"
        className="file-input__native"
        onChange={(event) => {
          setChosen([...(event.target.files ?? [])].map((file) => file.name));
          onChange?.(event);
        }}
      />
    </span>
  );
}
